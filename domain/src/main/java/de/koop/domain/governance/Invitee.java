package de.koop.domain.governance;

import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/** A member invited to a meeting, and whether they attended. Guests are invited but do not vote. */
public record Invitee(String name, Optional<PersonId> personId, Optional<PartnerId> onBehalfOf, boolean voting,
                      boolean present) {

    public Invitee {
        name = Text.required(name, "name", 200);
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
    }

    static Invitee of(Member member) {
        return new Invitee(member.name(), member.personId(), member.onBehalfOf(), member.role().isMember(), false);
    }

    Invitee attending() {
        return new Invitee(name, personId, onBehalfOf, voting, true);
    }
}
