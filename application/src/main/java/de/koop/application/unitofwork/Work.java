package de.koop.application.unitofwork;

import de.koop.application.change.Change;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a use case as its handlers see it at the end: the operation, who acted, and the changes it
 * recorded, in the order recorded, each once.
 *
 * @param operation the use case and its operation, such as {@code RegisterPartnerUseCase.register}
 * @param actor     the id of the signed-in user, or empty for koop itself (start, scheduled work)
 */
public record Work(String operation, Optional<String> actor, List<Change> changes) {

    public Work {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(actor, "actor");
        changes = List.copyOf(changes);
    }
}
