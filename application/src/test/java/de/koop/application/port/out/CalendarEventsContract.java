package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.EmailAddress;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CalendarEvents} adapter must do: write an invitation that a calendar program reads
 * (valid RFC 5545, read back here with ical4j, which the adapter's tests need on their class path) as an
 * iTIP request (RFC 5546) from koop's sender to the one attendee; keep the event's UID whoever it goes to
 * and however often it changes; give its times in the meeting's zone (Europe/Berlin) with that zone's
 * definition, summer and winter time; and fold its lines at 75 octets, umlauts counted as the bytes they
 * take. Extend it and return your adapter.
 */
public abstract class CalendarEventsContract {

    /** The adapter under test. */
    protected abstract CalendarEvents events();

    /** The sender the adapter was made with: the organizer of every invitation. */
    protected abstract EmailAddress organizer();

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static CalendarEvents.Event meeting(long sequence, LocalDateTime start) {
        return new CalendarEvents.Event("4a1c-b7@koop", sequence,
                "3. Sitzung Arbeitsgemeinschaft Überleitungsmanagement (Leipziger Kooperation Pflege); Präsenz, mit Gästen",
                "Tagesordnung:\n1. Überleitungsbogen für die Kurzzeitpflege – Änderungen, Rückblick; Ausblick\n"
                        + "2. Verschiedenes \\ Termine",
                start, Optional.of(start.plusHours(2)), BERLIN,
                Optional.of("Großer Saal der Begegnungsstätte „Am Grünen Weg“, Bürgerhaus Grünau"));
    }

    private static final CalendarEvents.Event WINTER = meeting(2, LocalDateTime.of(2026, 3, 12, 14, 0));
    private static final CalendarEvents.Event SUMMER = meeting(3, LocalDateTime.of(2026, 7, 9, 9, 30));

    private static final CalendarEvents.Attendee JANA = new CalendarEvents.Attendee("Jana Vogel",
            new EmailAddress("jana.vogel@sonnenschein.example"), true);
    private static final CalendarEvents.Attendee TOM = new CalendarEvents.Attendee("Tom Richter",
            new EmailAddress("tom.richter@angehoerige.example"), false);

    private static Calendar read(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Component event(Calendar calendar) {
        List<net.fortuna.ical4j.model.component.CalendarComponent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    /** The content lines as RFC 5545 3.1 unfolds them. */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }

    @Test
    void isAValidRequestFromTheOrganizerToTheOneAttendeeThatReadsBackAsGiven() throws Exception {
        Calendar calendar = read(events().invitation(WINTER, JANA));

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        Component event = event(calendar);
        assertThat(value(event, Property.ORGANIZER)).isEqualToIgnoringCase("mailto:" + organizer().value());
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).singleElement().satisfies(attendee -> {
            assertThat(attendee.getValue()).isEqualToIgnoringCase("mailto:jana.vogel@sonnenschein.example");
            assertThat(attendee.getParameter(Parameter.CN).map(Parameter::getValue)).contains("Jana Vogel");
            assertThat(attendee.getParameter(Parameter.ROLE).map(Parameter::getValue)).contains("REQ-PARTICIPANT");
            assertThat(attendee.getParameter(Parameter.RSVP).map(Parameter::getValue)).contains("TRUE");
        });
        assertThat(value(event, Property.SUMMARY)).isEqualTo(WINTER.summary());
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(WINTER.description());
        assertThat(value(event, Property.LOCATION)).isEqualTo(WINTER.location().orElseThrow());
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
    }

    @Test
    void aGuestIsAnOptionalParticipant() throws Exception {
        Property attendee = event(read(events().invitation(WINTER, TOM))).getProperty(Property.ATTENDEE).orElseThrow();

        assertThat(attendee.getParameter(Parameter.ROLE).map(Parameter::getValue)).contains("OPT-PARTICIPANT");
        assertThat(attendee.getValue()).isEqualToIgnoringCase("mailto:tom.richter@angehoerige.example");
    }

    @Test
    void theUidIsTheEventsWhoeverItGoesToAndHoweverOftenItChanged() throws Exception {
        Component toJana = event(read(events().invitation(WINTER, JANA)));
        Component toTom = event(read(events().invitation(WINTER, TOM)));
        Component moved = event(read(events().invitation(SUMMER, JANA)));

        assertThat(List.of(value(toJana, Property.UID), value(toTom, Property.UID), value(moved, Property.UID)))
                .containsOnly("4a1c-b7@koop");
        assertThat(value(toJana, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("3");
    }

    @Test
    void givesTheTimesInTheMeetingsZoneWithItsSummerAndWinterTime() throws Exception {
        for (CalendarEvents.Event meeting : List.of(WINTER, SUMMER)) {
            String ics = events().invitation(meeting, JANA);
            List<String> lines = unfolded(ics);
            String start = meeting.start().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
            String end = meeting.end().orElseThrow()
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));

            assertThat(lines).as("local times with the zone's id").contains("DTSTART;TZID=Europe/Berlin:" + start,
                    "DTEND;TZID=Europe/Berlin:" + end);
            net.fortuna.ical4j.model.component.VTimeZone zone = read(ics).getComponent(Component.VTIMEZONE)
                    .map(net.fortuna.ical4j.model.component.VTimeZone.class::cast).orElseThrow();
            assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Berlin");
            // the definition, for calendars that do not know the zone's name
            assertThat(zone.getObservances()).extracting(Component::getName).contains("STANDARD", "DAYLIGHT");
            assertThat(lines).contains("TZOFFSETTO:+0100", "TZOFFSETTO:+0200");
        }
    }

    @Test
    void foldsEveryLineAt75OctetsAndEndsEachWithCrLf() throws Exception {
        String ics = events().invitation(WINTER, JANA);

        assertThat(ics).endsWith("\r\n").doesNotContainPattern("[^\r]\n").doesNotContainPattern("\r[^\n]");
        assertThat(ics).as("long lines are folded").contains("\r\n ");
        assertThat(Arrays.stream(ics.split("\r\n")).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max()
                .orElseThrow()).isLessThanOrEqualTo(75);
        assertThat(value(event(read(ics)), Property.SUMMARY)).isEqualTo(WINTER.summary());
    }
}
