package de.koop.application.service;

import de.koop.application.access.AccessPolicy;
import de.koop.application.access.CurrentActor;
import de.koop.application.port.in.HiddenContactsQuery;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Declarations;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** Whose contacts the acting person may see (rule 15), as the {@link AccessPolicy} decides. */
public final class ContactVisibilityService implements HiddenContactsQuery {

    private final Agreements agreements;
    private final Declarations declarations;
    private final CurrentActor actors;
    private final AccessPolicy policy;
    private final Clock clock;

    public ContactVisibilityService(Agreements agreements, Declarations declarations, CurrentActor actors,
                                    AccessPolicy policy, Clock clock) {
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.actors = Objects.requireNonNull(actors);
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Set<PartnerId> hiddenContacts(NetworkId networkId) {
        if (policy.seesFormerPartnersContacts(actors.actor())) {
            return Set.of();
        }
        return FormerPartners.of(agreements, declarations, networkId, LocalDate.now(clock));
    }
}
