package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the enum codes coordinators send ("working-group", "WORKING_GROUP"), naming the allowed ones. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(normalised)) {
                return value;
            }
        }
        throw new InvalidValueException(field, "unbekannter Wert „" + code + "“; erlaubt: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
