package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.AgendaUseCase;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.ScheduleMeetingUseCase;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.CalendarEvents;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Minutes;
import de.koop.domain.governance.Structure;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.Required;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The use cases of the meeting aggregate. Each call is one transaction (applied by bootstrap). */
public final class MeetingService implements ScheduleMeetingUseCase, AgendaUseCase, MeetingUseCase,
        FindMeetingsQuery {

    static final String MEETING = "Sitzung";

    private final Bodies bodies;
    private final Meetings meetings;
    private final InNetwork inNetwork;
    private final Clock clock;
    private final MeetingMessages messages;

    private final Changes changes;

    public MeetingService(Networks networks, Partners partners, Bodies bodies, Meetings meetings, Outbox outbox,
                          MessageTemplates templates, CalendarEvents calendar, Clock clock, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.clock = Objects.requireNonNull(clock);
        this.messages = new MeetingMessages(Objects.requireNonNull(outbox), Objects.requireNonNull(templates),
                Objects.requireNonNull(calendar), Objects.requireNonNull(partners), clock, changes);
        this.bodies = Objects.requireNonNull(bodies);
        this.meetings = Objects.requireNonNull(meetings);
        this.inNetwork = new InNetwork(Objects.requireNonNull(networks), Objects.requireNonNull(partners));
    }

    @Override
    public Meeting schedule(Schedule command) {
        Body body = body(command.networkId(), command.bodyId());
        List<Meeting> earlier = meetings.listByBody(body.getId());
        if (command.startsAt() != null && earlier.stream().anyMatch(m -> !m.getStartsAt().isBefore(command.startsAt()))) {
            // meetings are numbered, convened in turn and carry items over in the order they take place
            throw new RuleViolationException(RuleCode.MEETING_OUT_OF_ORDER,
                    "„" + body.getName() + "“ hat bereits eine Sitzung "
                    + "am oder nach dem " + MeetingMessages.DATE.format(command.startsAt()) + "; Sitzungen werden in ihrer "
                    + "zeitlichen Reihenfolge geplant.");
        }
        List<AgendaItem> carriedOver = earlier.isEmpty() ? List.of() : earlier.getLast().deferredItems();
        Optional<NextMeeting> next = Optional.ofNullable(command.startsAt())
                .map(start -> next(body, earlier, start.toLocalDate()));
        Meeting meeting = Meeting.schedule(MeetingId.newId(), body, earlier.size() + 1, command.startsAt(),
                command.endsAt(), command.format(), command.place(),
                next.flatMap(NextMeeting::convener).orElse(null), carriedOver);
        // saving the unchanged body moves its version on: of two meetings scheduled at once, the
        // second gets a version conflict instead of the same number
        changes.record(Change.of(meeting));
        changes.record(Change.of(body));
        bodies.save(body);
        return meetings.save(meeting);
    }

    @Override
    public Meeting proposeItem(Ref ref, String title, String proposedBy) {
        return change(ref, m -> m.proposeItem(title, proposedBy));
    }

    @Override
    public Meeting acceptItem(Ref ref, int itemNumber) {
        return change(ref, m -> m.acceptItem(itemNumber));
    }

    @Override
    public Meeting deferItem(Ref ref, int itemNumber) {
        return change(ref, m -> m.deferItem(itemNumber));
    }

    @Override
    public Meeting invite(Ref ref) {
        Meeting invited = change(ref, m -> {
            Body body = body(ref.networkId(), m.getBodyId());
            Structure structure = Structure.of(bodies.listByNetwork(ref.networkId()));
            m.invite(structure.membersOn(body, m.getStartsAt().toLocalDate()), stillDeferred(m));
        });
        messages.invitation(inNetwork.network(ref.networkId()), body(ref.networkId(), invited.getBodyId()), invited);
        return invited;
    }

    @Override
    public Meeting recordHeld(Ref ref, List<String> present) {
        return change(ref, m -> {
            if (m.getStartsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
                throw new RuleViolationException(RuleCode.MEETING_IN_FUTURE, "Die Sitzung am "
                        + m.getStartsAt().toLocalDate() + " hat noch nicht stattgefunden.");
            }
            m.recordHeld(present);
        });
    }

    @Override
    public Meeting recordDecision(Ref ref, Optional<Integer> agendaItem, String motion, int yes, int no, int abstain) {
        return change(ref, m -> m.recordDecision(agendaItem, motion, yes, no, abstain,
                body(ref.networkId(), m.getBodyId()).getDecisionRule()));
    }

    @Override
    public Meeting recordMinutes(Ref ref, Minutes minutes) {
        if (minutes.approvedOn().filter(day -> day.isAfter(LocalDate.now(clock))).isPresent()) {
            throw new InvalidValueException("approvedOn", "liegt in der Zukunft");
        }
        Meeting recorded = change(ref, m -> m.recordMinutes(minutes));
        messages.minutes(inNetwork.network(ref.networkId()), body(ref.networkId(), recorded.getBodyId()), recorded,
                minutes);
        return recorded;
    }

    @Override
    public Meeting close(Ref ref) {
        return change(ref, m -> m.close(body(ref.networkId(), m.getBodyId()).isMinutesRequired()));
    }

    /**
     * Items deferred at the body's earlier meetings that no later meeting took up: a meeting planned
     * before the deferral still gets them when it is invited.
     */
    private List<AgendaItem> stillDeferred(Meeting meeting) {
        List<Meeting> all = meetings.listByBody(meeting.getBodyId());
        List<AgendaItem> open = new ArrayList<>();
        for (Meeting earlier : all) {
            if (earlier.getNumber() >= meeting.getNumber()) {
                continue;
            }
            for (AgendaItem deferred : earlier.deferredItems()) {
                boolean takenUp = all.stream().filter(later -> later.getNumber() > earlier.getNumber())
                        .anyMatch(later -> later.getAgenda().stream()
                                .anyMatch(item -> item.title().equalsIgnoreCase(deferred.title())));
                if (!takenUp) {
                    open.add(deferred);
                }
            }
        }
        return open;
    }

    @Override
    public Meeting find(NetworkId networkId, MeetingId meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> m.getNetworkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException(MEETING, meetingId));
    }

    @Override
    public List<Meeting> list(NetworkId networkId) {
        inNetwork.network(networkId);
        return meetings.listByNetwork(networkId);
    }

    @Override
    public NextMeeting nextMeeting(NetworkId networkId, BodyId bodyId, LocalDate day) {
        Required.present(day, "day");
        Body body = body(networkId, bodyId);
        return next(body, meetings.listByBody(body.getId()), day);
    }

    /** The number the body's next meeting gets and, by the body's rule, who convenes it on that day. */
    private static NextMeeting next(Body body, List<Meeting> earlier, LocalDate day) {
        int number = earlier.size() + 1;
        return new NextMeeting(number, body.getConvening().map(rule -> rule.responsibleFor(number, day)));
    }

    private Meeting change(Ref ref, Consumer<Meeting> step) {
        Meeting meeting = find(ref.networkId(), ref.meetingId());
        step.accept(meeting);
        changes.record(Change.of(meeting));
        return meetings.save(meeting);
    }

    private Body body(NetworkId networkId, BodyId bodyId) {
        return InNetwork.body(bodies, networkId, bodyId);
    }
}
