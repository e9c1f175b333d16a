package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/** A candidate in an election and the votes received. */
public record Candidate(String name, Optional<PersonId> personId, Optional<PartnerId> onBehalfOf, int votes) {

    public Candidate {
        name = Text.required(name, "name", 200);
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        if (votes < 0) {
            throw new InvalidValueException("votes", "darf nicht negativ sein");
        }
    }
}
