package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Required;
import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/** Reads a network's obligations and the deadlines they yield. */
public interface FindDeadlinesQuery {

    /**
     * Which deadlines to list: those due from {@code dueFrom} to {@code dueBefore}, both days included,
     * of one status, of obligations where {@code party} is responsible or recipient (either), where
     * {@code responsible} is responsible, and where {@code recipient} receives; the given ones all apply.
     */
    record Criteria(LocalDate dueFrom, LocalDate dueBefore, Optional<Deadline.Status> status,
                    Optional<PartnerId> party, Optional<PartnerId> responsible, Optional<PartnerId> recipient) {
        public Criteria {
            Required.present(dueFrom, "dueFrom");
            Required.present(dueBefore, "dueBefore");
            status = Objects.requireNonNullElse(status, Optional.empty());
            party = Objects.requireNonNullElse(party, Optional.empty());
            responsible = Objects.requireNonNullElse(responsible, Optional.empty());
            recipient = Objects.requireNonNullElse(recipient, Optional.empty());
            if (dueBefore.isBefore(dueFrom)) {
                throw new InvalidValueException("dueBefore", "liegt vor dueFrom");
            }
            if (dueFrom.plusYears(20).isBefore(dueBefore)) {
                throw new InvalidValueException("dueBefore", "höchstens 20 Jahre nach dueFrom");
            }
        }

        /** Criteria by period, status and a party that is responsible or recipient. */
        public Criteria(LocalDate dueFrom, LocalDate dueBefore, Optional<Deadline.Status> status,
                        Optional<PartnerId> party) {
            this(dueFrom, dueBefore, status, party, Optional.empty(), Optional.empty());
        }

        /** Whether an obligation with these parties is one to list. */
        public boolean concerns(PartnerId responsibleParty, Optional<PartnerId> recipientParty) {
            return party.map(p -> p.equals(responsibleParty) || recipientParty.equals(Optional.of(p))).orElse(true)
                    && responsible.map(responsibleParty::equals).orElse(true)
                    && recipient.map(r -> recipientParty.equals(Optional.of(r))).orElse(true);
        }
    }

    /**
     * The deadlines matching the criteria as they stand on {@code today}, by due day.
     *
     * @throws NotFoundException when the network does not exist
     */
    @Query(Permission.READ_NETWORK)
    List<Deadline> deadlines(NetworkId networkId, Criteria criteria, LocalDate today);

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    List<Obligation> obligations(NetworkId networkId);

    /** @throws NotFoundException when the obligation does not exist in that network */
    @Query(Permission.READ_NETWORK)
    Obligation obligation(NetworkId networkId, ObligationId obligationId);
}
