package de.koop.application.port.out;

import de.koop.domain.shared.EmailAddress;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a meeting as an iCalendar (RFC 5545) event for the invitation's attachment: an iTIP request
 * (RFC 5546) from koop's sender as organizer to the one attendee the message goes to, so that calendar
 * programs offer to accept or decline it. Implementations must pass {@code CalendarEventsContract} from the
 * application test-jar.
 */
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

    /**
     * The person one invitation goes to.
     *
     * @param required whether they are a participant the meeting needs (a voting member), or an optional one
     */
    record Attendee(String name, EmailAddress address, boolean required) {

        public Attendee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * The event as the text of an {@code .ics} file (method REQUEST) for one attendee, with the time zone's
     * definition, its lines folded at 75 octets.
     */
    String invitation(Event event, Attendee attendee);
}
