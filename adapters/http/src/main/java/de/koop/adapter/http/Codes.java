package de.koop.adapter.http;

import de.koop.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enum code from a request; an unknown one is refused naming the allowed codes. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("", "darf nicht leer sein");
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new InvalidValueException("", "unbekannter Wert „" + code + "“; erlaubt: "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
