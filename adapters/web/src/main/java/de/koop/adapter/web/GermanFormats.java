package de.koop.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** Dates and times as German readers expect them: {@code 31.12.2026}, {@code 31.12.2026, 14:00 Uhr}, in Berlin time. */
public final class GermanFormats {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMANY);
    /** What people type: {@code 31.12.2026} or {@code 1.2.2026}; strict, so that 31.02. is no date. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.GERMANY)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu, HH:mm 'Uhr'", Locale.GERMANY);

    private GermanFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date as typed into a form, such as {@code 31.12.2026}; empty when it is none. */
    public static Optional<LocalDate> parseDate(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed.strip(), TYPED_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A meeting's time, which koop keeps as the local time in Germany. */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** A moment, in Berlin time. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(BERLIN));
    }
}
