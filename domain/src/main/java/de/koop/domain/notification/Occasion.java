package de.koop.domain.notification;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reminder is about: its kind, the thing it concerns (a deadline's obligation, a body, a seat,
 * an agreement) and the day that thing is due. One occasion produces one message, however often the
 * reminder sweep runs and on however many instances.
 *
 * @param subject the id of the thing reminded of
 * @param day     the day it is due (a deadline's due date, a term's last day), not the day of sending
 */
public record Occasion(MessageKind kind, String subject, LocalDate day) {

    public Occasion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        if (subject == null || subject.isBlank() || subject.length() > 100 || subject.contains("/")) {
            throw new InvalidValueException("subject", "eine Kennung ohne „/“, höchstens 100 Zeichen");
        }
    }

    /** The occasion as one string, unique among all occasions: {@code KIND/subject/day}. */
    public String key() {
        return kind.name() + "/" + subject + "/" + day;
    }

    /** The occasion a {@link #key()} stands for. */
    public static Occasion ofKey(String key) {
        String[] parts = key.split("/", 3);
        if (parts.length != 3) {
            throw new InvalidValueException("occasion", "kein Anlass: " + key);
        }
        return new Occasion(MessageKind.valueOf(parts[0]), parts[1], LocalDate.parse(parts[2]));
    }
}
