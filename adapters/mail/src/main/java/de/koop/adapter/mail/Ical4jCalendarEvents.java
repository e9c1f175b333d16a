package de.koop.adapter.mail;

import de.koop.application.port.out.CalendarEvents;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * {@link CalendarEvents} with ical4j: one VEVENT with its times in the meeting's zone and that zone's
 * VTIMEZONE, so calendars without the IANA name still place it right. A meeting without an end gets
 * two hours.
 */
public final class Ical4jCalendarEvents implements CalendarEvents {

    private static final long DEFAULT_HOURS = 2;

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Override
    public String invitation(Event event) {
        ZonedDateTime start = event.start().atZone(event.zone());
        ZonedDateTime end = event.end().map(e -> e.atZone(event.zone())).orElse(start.plusHours(DEFAULT_HOURS));
        VEvent vevent = new VEvent(start, end, event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence((int) Math.min(event.sequence(), Integer.MAX_VALUE)));
        vevent.add(new Description(event.description()));
        event.location().ifPresent(place -> vevent.add(new Location(place)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//koop//Netzwerkkoordination//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        calendar.add(zones.getTimeZone(event.zone().getId()).getVTimeZone());
        calendar.add(vevent);
        return calendar.toString();
    }
}
