package de.koop.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.CalendarEvents;
import de.koop.application.port.out.CalendarEventsContract;
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
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The contract, and an invitation's calendar file as the iTIP request (RFC 5546 3.2.2) to its one recipient that
 * ical4j reads back: organizer's name, participation status.
 */
class Ical4jCalendarEventsTest extends CalendarEventsContract {

    private final CalendarEvents events = new Ical4jCalendarEvents(new EmailAddress("koordination@pflegenetz.example"),
            "Netzwerkkoordination Leipzig");

    @Override
    protected CalendarEvents events() {
        return events;
    }

    @Override
    protected EmailAddress organizer() {
        return new EmailAddress("koordination@pflegenetz.example");
    }

    private final CalendarEvents.Event meeting = new CalendarEvents.Event("4a1c@koop", 2,
            "3. Sitzung Arbeitsgemeinschaft Überleitungsmanagement (Leipziger Kooperation Pflege)",
            "Tagesordnung:\n1. Überleitungsbogen für die Kurzzeitpflege – Änderungen nach der Erprobung",
            LocalDateTime.of(2026, 3, 12, 14, 0), Optional.of(LocalDateTime.of(2026, 3, 12, 16, 0)),
            ZoneId.of("Europe/Berlin"),
            Optional.of("Großer Saal der Begegnungsstätte „Am Grünen Weg“, Bürgerhaus Grünau, Straße des 18. Oktober"));

    private final CalendarEvents.Attendee jana = new CalendarEvents.Attendee("Jana Vogel",
            new EmailAddress("jana.vogel@sonnenschein.example"), true);

    private static Calendar read(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    @Test
    void isAValidItipRequestFromKoopsSenderToTheOneAttendee() throws Exception {
        Calendar calendar = read(events.invitation(meeting, jana));

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:koordination@pflegenetz.example");
        assertThat(parameter(organizer, Parameter.CN)).isEqualTo("Netzwerkkoordination Leipzig");
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).singleElement().satisfies(attendee -> {
            assertThat(attendee.getValue()).isEqualTo("mailto:jana.vogel@sonnenschein.example");
            assertThat(parameter(attendee, Parameter.CN)).isEqualTo("Jana Vogel");
            assertThat(parameter(attendee, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");
            assertThat(parameter(attendee, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
            assertThat(parameter(attendee, Parameter.RSVP)).isEqualTo("TRUE");
        });
        // what RFC 5546 3.2.2 requires of a REQUEST's VEVENT besides
        for (String required : List.of(Property.DTSTAMP, Property.DTSTART, Property.UID, Property.SUMMARY)) {
            assertThat(event.getProperty(required)).as(required).isPresent();
        }
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("4a1c@koop");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo(meeting.location().orElseThrow());
    }
}
