package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.port.in.FindDeadlinesQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Partners;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The use cases of the obligation aggregate. Each call is one transaction (applied by bootstrap). */
public final class ObligationService implements ObligationUseCase, FindDeadlinesQuery {

    private final InNetwork inNetwork;
    private final Agreements agreements;
    private final Obligations obligations;
    private final Clock clock;

    private final Changes changes;

    public ObligationService(Networks networks, Partners partners, Agreements agreements, Obligations obligations,
                             Clock clock, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.inNetwork = new InNetwork(Objects.requireNonNull(networks), Objects.requireNonNull(partners));
        this.agreements = Objects.requireNonNull(agreements);
        this.obligations = Objects.requireNonNull(obligations);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Obligation create(Create command) {
        InNetwork.agreement(agreements, command.networkId(), command.agreementId());
        if (command.responsible() != null) {
            inNetwork.partner(command.networkId(), command.responsible());
        }
        command.recipient().ifPresent(p -> inNetwork.partner(command.networkId(), p));
        Obligation obligation = Obligation.create(ObligationId.newId(), command.networkId(), command.agreementId(),
                command.title(), command.responsible(), command.recipient().orElse(null), command.rule(),
                command.startsOn(), command.endsOn().orElse(null), command.reminderDaysBefore());
        changes.record(Change.of(obligation));
        return obligations.save(obligation);
    }

    @Override
    public Obligation fulfil(Fulfil command) {
        if (command.fulfilledOn() != null && command.fulfilledOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("fulfilledOn", "liegt in der Zukunft");
        }
        Obligation obligation = obligation(command.networkId(), command.obligationId());
        obligation.fulfil(command.dueOn(), command.fulfilledOn(), command.note());
        changes.record(Change.of(obligation));
        return obligations.save(obligation);
    }

    @Override
    public List<Deadline> deadlines(NetworkId networkId, Criteria criteria, LocalDate today) {
        inNetwork.network(networkId);
        return obligations.listByNetwork(networkId).stream()
                .filter(o -> criteria.concerns(o.getResponsible(), o.getRecipient()))
                .flatMap(o -> o.deadlines(criteria.dueFrom(), criteria.dueBefore(), today).stream())
                .filter(d -> criteria.status().isEmpty() || criteria.status().get() == d.status())
                .sorted(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::title))
                .toList();
    }

    @Override
    public List<Obligation> obligations(NetworkId networkId) {
        inNetwork.network(networkId);
        return obligations.listByNetwork(networkId);
    }

    @Override
    public Obligation obligation(NetworkId networkId, ObligationId obligationId) {
        return obligations.findById(obligationId)
                .filter(o -> o.getNetworkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException("Pflicht", obligationId));
    }
}
