package de.koop.adapter.mail;

import de.koop.application.port.out.CalendarEvents;
import de.koop.domain.notification.ContentLines;
import de.koop.domain.shared.EmailAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * {@link CalendarEvents} with ical4j: one VEVENT with its times in the meeting's zone and that zone's
 * VTIMEZONE, so calendars without the IANA name still place it right. A meeting without an end gets
 * two hours. An iTIP request (RFC 5546 3.2.2): koop's sender as ORGANIZER, the one recipient as ATTENDEE
 * asked to reply. ical4j folds lines at 75 characters, not octets, so its output is folded here instead.
 */
public final class Ical4jCalendarEvents implements CalendarEvents {

    private static final long DEFAULT_HOURS = 2;

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final EmailAddress organizer;
    private final String organizerName;

    /** @param organizer koop's sender, whom calendar programs send their replies to */
    public Ical4jCalendarEvents(EmailAddress organizer, String organizerName) {
        this.organizer = Objects.requireNonNull(organizer);
        this.organizerName = Objects.requireNonNull(organizerName);
    }

    @Override
    public String invitation(Event event, Attendee attendee) {
        ZonedDateTime start = event.start().atZone(event.zone());
        ZonedDateTime end = event.end().map(e -> e.atZone(event.zone())).orElse(start.plusHours(DEFAULT_HOURS));
        VEvent vevent = new VEvent(start, end, event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence((int) Math.min(event.sequence(), Integer.MAX_VALUE)));
        vevent.add(new Description(event.description()));
        event.location().ifPresent(place -> vevent.add(new Location(place)));
        Organizer from = new Organizer(mailto(organizer));
        if (!organizerName.isBlank()) {
            from.add(new Cn(organizerName));
        }
        vevent.add(from);
        // named in full: CalendarEvents.Attendee, the port's, is in scope as Attendee
        net.fortuna.ical4j.model.property.Attendee to = new net.fortuna.ical4j.model.property.Attendee(
                mailto(attendee.address()));
        to.add(new Cn(attendee.name()));
        to.add(attendee.required() ? Role.REQ_PARTICIPANT : Role.OPT_PARTICIPANT);
        to.add(PartStat.NEEDS_ACTION);
        to.add(Rsvp.TRUE);
        vevent.add(to);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//koop//Netzwerkkoordination//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        calendar.add(zones.getTimeZone(event.zone().getId()).getVTimeZone());
        calendar.add(vevent);
        return ContentLines.fold(calendar.toString());
    }

    /** Characters an address may hold but a URI may not ({@code {}|^%}) are percent-encoded. */
    private static URI mailto(EmailAddress address) {
        try {
            return new URI("mailto", address.value(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
