package de.koop.adapter.web;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a form says about its fields: at most one German message per field, in the order the fields were
 * checked, for the message beside each field ({@link #of}) and the summary above the form
 * ({@code errorSummary.jte}, which links each message to its field). The key {@link #FORM} holds what
 * belongs to no single field.
 * <p>
 * A page checks what it can read from the form (empty, not a date) with the helpers here, calls its use case
 * only when nothing is wrong, and turns what the use case refuses into messages with {@link #refused}.
 */
public final class FormErrors {

    /** Messages about the form as a whole. */
    public static final String FORM = "";

    /** A field of the form, and how a sentence about it begins ("Der Tag der Erfüllung"). */
    public record Field(String id, String subject) {
    }

    /** A message in the summary; {@code field} empty when it belongs to the whole form. */
    public record Message(String field, String text) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Records the message for the field, unless the field already has one (the first problem is named). */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    /** The field's message; empty when all is well, as {@code field.jte} expects. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public List<Message> messages() {
        return byField.entrySet().stream().map(e -> new Message(e.getKey(), e.getValue())).toList();
    }

    /**
     * A date typed as {@code 31.12.2026}; a message for the field when it is empty or not such a date, the
     * latter beginning with the field's label, so that the summary says which date is meant.
     */
    public Optional<LocalDate> date(String field, String label, String typed, String whenEmpty) {
        if (typed == null || typed.isBlank()) {
            add(field, whenEmpty);
            return Optional.empty();
        }
        Optional<LocalDate> date = GermanFormats.parseDate(typed);
        if (date.isEmpty()) {
            add(field, label + ": Bitte geben Sie ein Datum wie 31.12.2026 ein (Tag, Monat, Jahr).");
        }
        return date;
    }

    /**
     * A time of day typed as {@code 14:30}; a message for the field when it is empty (only if {@code whenEmpty}
     * is given: else an empty field is no time and no error) or not such a time, beginning with the label.
     */
    public Optional<LocalTime> time(String field, String label, String typed, String whenEmpty) {
        if (typed == null || typed.isBlank()) {
            if (whenEmpty != null) {
                add(field, whenEmpty);
            }
            return Optional.empty();
        }
        Optional<LocalTime> time = GermanFormats.parseTime(typed);
        if (time.isEmpty()) {
            add(field, label + ": Bitte geben Sie eine Uhrzeit wie 14:30 ein (Stunden und Minuten).");
        }
        return time;
    }

    /** A text of at most {@code maxLength} characters. */
    public void maxLength(String field, String text, int maxLength, String subject) {
        if (text != null && text.length() > maxLength) {
            add(field, subject + " darf höchstens " + maxLength + " Zeichen lang sein.");
        }
    }

    /**
     * What a use case refused, as a sentence beside the form field the refused value came from: the
     * use case names its own field ({@code fulfilledOn}) and the reason ("liegt in der Zukunft").
     *
     * @param fields the form's fields by the use case's name for them; others are named above the form
     */
    public void refused(InvalidValueException refusal, Map<String, Field> fields) {
        Field field = fields.get(refusal.field());
        if (field == null) {
            add(FORM, "Die Angaben wurden nicht übernommen: " + refusal.reason() + ".");
        } else {
            add(field.id(), field.subject() + " " + refusal.reason() + ".");
        }
    }

    /**
     * A value the form's text makes (an e-mail address, a phone number), or a message beside the field when the
     * value refuses it, so that every field is checked before the use case is called.
     *
     * @param fields the form's fields by the value's name for them
     */
    public <T> Optional<T> value(Map<String, Field> fields, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException e) {
            refused(e, fields);
            return Optional.empty();
        }
    }
}
