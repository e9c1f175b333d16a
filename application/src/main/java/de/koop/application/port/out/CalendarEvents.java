package de.koop.application.port.out;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Writes a meeting as an iCalendar (RFC 5545) event for the invitation's attachment. */
public interface CalendarEvents {

    /**
     * A meeting as a calendar sees it. The same {@code uid} with a higher {@code sequence} replaces the
     * event in the recipients' calendars.
     */
    record Event(String uid, long sequence, String summary, String description, LocalDateTime start,
                 Optional<LocalDateTime> end, ZoneId zone, Optional<String> location) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(location, "location");
        }
    }

    /** The event as the text of an {@code .ics} file (method REQUEST), with the time zone's definition. */
    String invitation(Event event);
}
