package de.koop.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates and times as German readers expect them: {@code 31.12.2026}, {@code 31.12.2026, 14:00 Uhr}, in Berlin time. */
public final class GermanFormats {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMANY);
    /** What people type: {@code 31.12.2026} or {@code 1.2.2026}; strict, so that 31.02. is no date. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.GERMANY)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu, HH:mm 'Uhr'", Locale.GERMANY);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, dd.MM.uuuu", Locale.GERMANY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMANY);
    /** What people type for a time of day: {@code 14:30}, {@code 9:05}, {@code 14.30}, with or without "Uhr". */
    private static final Pattern TYPED_TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)(\\s*uhr)?",
            Pattern.CASE_INSENSITIVE);

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

    /** "Mittwoch, 01.07.2026". */
    public static String weekdayDate(LocalDate date) {
        return date == null ? "" : WEEKDAY_DATE.format(date);
    }

    /** A time of day as a field shows it, {@code 14:30}; a sentence adds "Uhr". */
    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A time of day as typed into a form, such as {@code 14:30} or {@code 9.05 Uhr}; empty when it is none. */
    public static Optional<LocalTime> parseTime(String typed) {
        var matcher = TYPED_TIME.matcher(typed == null ? "" : typed.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /**
     * Whether the local time exists in Germany: not in the hour skipped when the clocks go forward (the last
     * Sunday in March, 02:00 to 03:00).
     */
    public static boolean existsInBerlin(LocalDateTime time) {
        return time.atZone(BERLIN).toLocalDateTime().equals(time);
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
