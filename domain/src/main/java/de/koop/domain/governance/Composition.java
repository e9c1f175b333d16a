package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PartnerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sits in a body (rule 6): a cap on elected seats, one ex officio seat per child working group for
 * its speaker, seats reserved for named partners, at least one member from each child group; any
 * number of further members.
 */
public record Composition(Optional<Integer> maxElectedSeats, boolean speakerOfEachWorkingGroup,
                          List<PartnerId> reservedFor, boolean memberFromEachChildGroup) {

    public Composition {
        Objects.requireNonNull(maxElectedSeats, "maxElectedSeats");
        if (maxElectedSeats.isPresent() && (maxElectedSeats.get() < 1 || maxElectedSeats.get() > 500)) {
            throw new InvalidValueException("composition.maxElectedSeats", "muss zwischen 1 und 500 liegen");
        }
        reservedFor = List.copyOf(Objects.requireNonNullElse(reservedFor, List.of()));
        if (reservedFor.stream().distinct().count() != reservedFor.size()) {
            throw new InvalidValueException("composition.reservedFor", "ein Partner ist mehrfach genannt");
        }
    }

    public static Composition open() {
        return new Composition(Optional.empty(), false, List.of(), false);
    }
}
