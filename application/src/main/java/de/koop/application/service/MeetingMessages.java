package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.port.out.CalendarEvents;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Invitee;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Minutes;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Attachment;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The messages of a meeting: the invitation with agenda and calendar event, and the minutes. Written
 * into the outbox in the transaction of the meeting's change; invitees reached through their partner's
 * contact (the person's own if known).
 */
final class MeetingMessages {

    private static final Locale GERMAN = Locale.GERMANY;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Outbox outbox;
    private final MessageTemplates templates;
    private final CalendarEvents calendar;
    private final Addresses addresses;
    private final Clock clock;

    private final Changes changes;

    MeetingMessages(Outbox outbox, MessageTemplates templates, CalendarEvents calendar, Partners partners,
                    Clock clock, Changes changes) {
        this.changes = changes;
        this.outbox = outbox;
        this.templates = templates;
        this.calendar = calendar;
        this.addresses = new Addresses(partners);
        this.clock = clock;
    }

    /** One invitation to each invitee's address, with a calendar event naming that invitee only. */
    void invitation(Network network, Body body, Meeting meeting) {
        Collection<CalendarEvents.Attendee> attendees = attendees(meeting);
        if (attendees.isEmpty()) {
            return;
        }
        Map<String, Object> values = common(network, body, meeting);
        values.put("weekday", meeting.getStartsAt().getDayOfWeek().getDisplayName(TextStyle.FULL, GERMAN));
        values.put("time", TIME.format(meeting.getStartsAt())
                + meeting.getEndsAt().map(end -> "–" + TIME.format(end)).orElse(""));
        values.put("format", format(meeting.getFormat()));
        meeting.getPlace().ifPresent(place -> values.put("place", place));
        List<Map<String, Object>> agenda = meeting.getAgenda().stream()
                .filter(item -> item.status() != AgendaItem.Status.DEFERRED)
                .map(item -> Map.<String, Object>of("number", item.number(), "title", item.title())).toList();
        values.put("agenda", agenda);
        values.put("hasAgenda", !agenda.isEmpty());
        String summary = meeting.getNumber() + ". Sitzung " + body.getName();
        String description = "Tagesordnung:\n" + agenda.stream().map(i -> i.get("number") + ". " + i.get("title"))
                .collect(Collectors.joining("\n"));
        CalendarEvents.Event event = new CalendarEvents.Event(meeting.getId() + "@koop", meeting.getVersion(),
                summary + " (" + network.getName() + ")", description, meeting.getStartsAt(), meeting.getEndsAt(),
                Meeting.ZONE, meeting.getPlace());
        RenderedMessage message = templates.render(MessageKind.MEETING_INVITATION, values);
        Instant now = Instant.now(clock);
        outbox.appendAll(changes.recordEach(attendees.stream().map(attendee -> Notification.pending(network.getId(),
                MessageKind.MEETING_INVITATION, attendee.address(), message,
                List.of(new Attachment("sitzung.ics", "text/calendar", calendar.invitation(event, attendee))), now))
                .toList(), Change::of));
    }

    void minutes(Network network, Body body, Meeting meeting, Minutes minutes) {
        List<EmailAddress> recipients = attendees(meeting).stream().map(CalendarEvents.Attendee::address).toList();
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, Object> values = common(network, body, meeting);
        values.put("minutes", minutes.text());
        minutes.approvedOn().ifPresent(day -> values.put("approvedOn", DATE.format(day)));
        outbox.appendAll(changes.recordEach(Notification.pendingToEach(network.getId(),
                MessageKind.MINUTES_DISTRIBUTION, recipients, templates.render(MessageKind.MINUTES_DISTRIBUTION, values),
                Instant.now(clock)), Change::of));
    }

    private static Map<String, Object> common(Network network, Body body, Meeting meeting) {
        Map<String, Object> values = new HashMap<>();
        values.put("networkName", network.getName());
        values.put("bodyName", body.getName());
        values.put("number", meeting.getNumber());
        values.put("date", DATE.format(meeting.getStartsAt()));
        return values;
    }

    /**
     * Whom the meeting's mail reaches, one per address: the contact it belongs to, needed if any invitee
     * reached there has a vote.
     */
    private Collection<CalendarEvents.Attendee> attendees(Meeting meeting) {
        Map<EmailAddress, CalendarEvents.Attendee> found = new LinkedHashMap<>();
        for (Invitee invitee : meeting.getInvitees()) {
            invitee.onBehalfOf().flatMap(p -> addresses.contact(p, invitee.personId())).ifPresent(contact -> {
                EmailAddress address = contact.email().orElseThrow();
                found.merge(address, new CalendarEvents.Attendee(contact.name(), address, invitee.voting()),
                        (one, other) -> one.required() ? one : other);
            });
        }
        return found.values();
    }

    private static String format(MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> "Präsenzsitzung";
            case VIRTUAL -> "Videokonferenz";
            case HYBRID -> "hybrid (vor Ort und per Video)";
        };
    }
}
