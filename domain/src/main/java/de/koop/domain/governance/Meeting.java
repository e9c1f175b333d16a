package de.koop.domain.governance;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.Text;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A session of a body (Sitzung): when and how, who convenes it, who is invited and attends, its
 * agenda, its decisions and its minutes. Planned → invited → held → minuted → closed.
 */
public final class Meeting {

    /** Meeting times are local times in Germany. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Where the attendance is recorded: invited, not yet held. */
    private static final MeetingState[] BEFORE_THE_RECORD = {MeetingState.INVITED};
    /** Where decisions and minutes are recorded and the meeting can be closed. */
    private static final MeetingState[] AFTER_THE_MEETING = {MeetingState.HELD, MeetingState.MINUTED};

    private final MeetingId id;
    private final NetworkId networkId;
    private final BodyId bodyId;
    private final int number;
    private final LocalDateTime startsAt;
    private final LocalDateTime endsAt;
    private final MeetingFormat format;
    private String place;
    private final ConveningRule.Responsibility convener;
    private MeetingState state;
    private final List<Invitee> invitees;
    private final List<AgendaItem> agenda;
    private final List<Decision> decisions;
    private Minutes minutes;
    private final long version;

    private Meeting(MeetingId id, NetworkId networkId, BodyId bodyId, int number, LocalDateTime startsAt,
                    LocalDateTime endsAt, MeetingFormat format, String place, ConveningRule.Responsibility convener,
                    MeetingState state, List<Invitee> invitees, List<AgendaItem> agenda, List<Decision> decisions,
                    Minutes minutes, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.bodyId = Objects.requireNonNull(bodyId, "bodyId");
        this.number = number;
        if (startsAt == null) {
            throw new InvalidValueException("startsAt", "darf nicht leer sein");
        }
        this.startsAt = startsAt;
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new InvalidValueException("endsAt", "muss nach dem Beginn liegen");
        }
        this.endsAt = endsAt;
        if (format == null) {
            throw new InvalidValueException("format", "darf nicht leer sein");
        }
        this.format = format;
        this.place = Text.optional(place, "place", 500).orElse(null);
        this.convener = convener;
        this.state = Objects.requireNonNull(state, "state");
        this.invitees = new ArrayList<>(invitees);
        this.agenda = new ArrayList<>(agenda);
        this.decisions = new ArrayList<>(decisions);
        this.minutes = minutes;
        this.version = version;
    }

    /**
     * Plans a body's meeting number {@code number}: the format must be one the body allows, its
     * required topics open the agenda, and the items deferred at its previous meeting carry over.
     */
    public static Meeting schedule(MeetingId id, Body body, int number, LocalDateTime startsAt, LocalDateTime endsAt,
                                   MeetingFormat format, String place, ConveningRule.Responsibility convener,
                                   List<AgendaItem> deferredAtPreviousMeeting) {
        if (format != null && !body.getFormats().contains(format)) {
            throw new InvalidValueException("format", "ist für „" + body.getName() + "“ nicht vorgesehen; erlaubt: "
                    + body.getFormats().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        if (startsAt != null && !body.existsOn(startsAt.toLocalDate())) {
            throw new RuleViolationException(RuleCode.BODY_NOT_ACTIVE,
                    "„" + body.getName() + "“ besteht am " + startsAt.toLocalDate() + " nicht.");
        }
        if (number < 1) {
            throw new InvalidValueException("number", "Sitzungen werden ab 1 gezählt");
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (String topic : body.getRequiredTopics()) {
            agenda.add(new AgendaItem(agenda.size() + 1, topic, body.getName(), AgendaItem.Status.ACCEPTED, true, false));
        }
        for (AgendaItem deferred : deferredAtPreviousMeeting) {
            agenda.add(new AgendaItem(agenda.size() + 1, deferred.title(), deferred.proposedBy(),
                    AgendaItem.Status.PROPOSED, false, true));
        }
        return new Meeting(id, body.getNetworkId(), body.getId(), number, startsAt, endsAt, format, place, convener,
                MeetingState.PLANNED, List.of(), agenda, List.of(), null, 0);
    }

    /** A meeting as it was stored; used by persistence adapters only. */
    public static Meeting reconstitute(MeetingId id, NetworkId networkId, BodyId bodyId, int number,
                                       LocalDateTime startsAt, LocalDateTime endsAt, MeetingFormat format,
                                       String place, ConveningRule.Responsibility convener, MeetingState state,
                                       List<Invitee> invitees, List<AgendaItem> agenda, List<Decision> decisions,
                                       Minutes minutes, long version) {
        return new Meeting(id, networkId, bodyId, number, startsAt, endsAt, format, place, convener, state, invitees,
                agenda, decisions, minutes, version);
    }

    /** Any participant may propose a topic until the meeting is held (rule 10). */
    public AgendaItem proposeItem(String title, String proposedBy) {
        requireState("Tagesordnungspunkte können nur vor der Sitzung vorgeschlagen werden",
                MeetingState.PLANNED, MeetingState.INVITED);
        AgendaItem item = new AgendaItem(agenda.size() + 1, title, proposedBy, AgendaItem.Status.PROPOSED, false, false);
        agenda.add(item);
        return item;
    }

    /** The lead accepts a proposed topic onto the agenda. */
    public AgendaItem acceptItem(int itemNumber) {
        return decideItem(itemNumber, AgendaItem.Status.ACCEPTED);
    }

    /** The lead defers a topic; it carries over to the body's next meeting. */
    public AgendaItem deferItem(int itemNumber) {
        requireState("Die Tagesordnung steht fest, sobald die Sitzung abgehalten ist",
                MeetingState.PLANNED, MeetingState.INVITED);
        AgendaItem item = item(itemNumber);
        if (item.required()) {
            throw new RuleViolationException(RuleCode.REQUIRED_TOPIC_NOT_DEFERRABLE,
                    "„" + item.title() + "“ ist ein Pflichtthema dieses Gremiums und kann nicht vertagt werden.");
        }
        return decideItem(itemNumber, AgendaItem.Status.DEFERRED);
    }

    /** Invites the body's members of the meeting day, with nothing left over from earlier meetings. */
    public void invite(List<Member> members) {
        invite(members, List.of());
    }

    /**
     * Invites the body's members of the meeting day; the agenda goes with the invitation, with the items
     * still deferred from earlier meetings added as proposals.
     */
    public void invite(List<Member> members, List<AgendaItem> stillDeferred) {
        requireState("Die Einladung ist bereits versandt", MeetingState.PLANNED);
        if (members.isEmpty()) {
            throw new RuleViolationException(RuleCode.BODY_WITHOUT_MEMBERS,
                    "Das Gremium hat am Sitzungstag keine Mitglieder.");
        }
        for (AgendaItem deferred : stillDeferred) {
            if (agenda.stream().noneMatch(item -> item.title().equalsIgnoreCase(deferred.title()))) {
                agenda.add(new AgendaItem(agenda.size() + 1, deferred.title(), deferred.proposedBy(),
                        AgendaItem.Status.PROPOSED, false, true));
            }
        }
        invitees.clear();
        members.forEach(m -> invitees.add(Invitee.of(m)));
        state = MeetingState.INVITED;
    }

    /** Records that the meeting was held, and who attended; every name must be an invitee. */
    public void recordHeld(List<String> present) {
        requireState("Nur eine Sitzung mit versandter Einladung kann als abgehalten erfasst werden",
                BEFORE_THE_RECORD);
        List<String> given = present == null ? List.of() : present;
        // namesakes are told apart by order: each name marks the next invitee of that name not yet marked
        boolean[] attending = new boolean[invitees.size()];
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i);
            int index = nextInviteeNamed(name, attending);
            if (index < 0) {
                throw new InvalidValueException("present[" + i + "]",
                        "„" + name + "“ war nicht eingeladen oder ist schon als anwesend genannt");
            }
            attending[index] = true;
        }
        if (given.isEmpty()) {
            throw new InvalidValueException("present", "mindestens eine anwesende Person");
        }
        for (int i = 0; i < attending.length; i++) {
            if (attending[i]) {
                invitees.set(i, invitees.get(i).attending());
            }
        }
        state = MeetingState.HELD;
    }

    /**
     * Records a decision (rule 11): the counts may not exceed the voting members present; the body's
     * rule and quorum give the outcome.
     */
    public Decision recordDecision(String motion, int yes, int no, int abstain, DecisionRule rule) {
        return recordDecision(Optional.empty(), motion, yes, no, abstain, rule);
    }

    /** Records a decision taken under an agenda item, which must be one the meeting dealt with. */
    public Decision recordDecision(Optional<Integer> agendaItem, String motion, int yes, int no, int abstain,
                                   DecisionRule rule) {
        requireState("Beschlüsse werden nach der Sitzung und vor ihrem Abschluss erfasst",
                AFTER_THE_MEETING);
        requireMinutesNotApproved();
        if (agendaItem.isPresent() && agenda.stream().noneMatch(item -> item.number() == agendaItem.get()
                && item.status() == AgendaItem.Status.ACCEPTED)) {
            throw new InvalidValueException("agendaItem", "TOP " + agendaItem.get()
                    + " stand nicht auf der Tagesordnung dieser Sitzung");
        }
        Votes votes = new Votes(yes, no, abstain, votingMembersPresent());
        Decision decision = new Decision(decisions.size() + 1, motion, votes, votingMembers(), rule,
                rule.decide(votes, votingMembers()), agendaItem);
        decisions.add(decision);
        return decision;
    }

    /** Records the minutes and, if given, the day they were approved. */
    public void recordMinutes(Minutes recorded) {
        requireState("Ein Protokoll gibt es erst nach der Sitzung", AFTER_THE_MEETING);
        requireMinutesNotApproved();
        Objects.requireNonNull(recorded, "minutes");
        if (recorded.approvedOn().isPresent() && recorded.approvedOn().get().isBefore(startsAt.toLocalDate())) {
            throw new InvalidValueException("approvedOn", "liegt vor der Sitzung");
        }
        minutes = recorded;
        state = MeetingState.MINUTED;
    }

    /** Closes the meeting; a body that requires minutes cannot close one without them (rule 12). */
    public void close(boolean minutesRequired) {
        requireState("Nur eine abgehaltene Sitzung kann abgeschlossen werden", AFTER_THE_MEETING);
        if (minutesRequired && minutes == null) {
            throw new RuleViolationException(RuleCode.MINUTES_REQUIRED,
                    "Für dieses Gremium ist zu jeder Sitzung ein Protokoll vorgeschrieben; die Sitzung bleibt offen.");
        }
        state = MeetingState.CLOSED;
    }

    /** Whether the meeting was held but still lacks the minutes its body requires. */
    public boolean lacksMinutes(boolean minutesRequired) {
        return minutesRequired && state.isHeld() && minutes == null;
    }

    /** The invitees entitled to vote (members, not guests): the body's members for the quorum. */
    public int votingMembers() {
        return (int) invitees.stream().filter(Invitee::voting).count();
    }

    /** The invitees entitled to vote who attended: none until the attendance is recorded. */
    public int votingMembersPresent() {
        return (int) invitees.stream().filter(i -> i.present() && i.voting()).count();
    }

    /**
     * Whether the members present make the quorum the body's rule asks for (rule 11); decisions taken
     * without it have no outcome but {@link DecisionRule.Outcome#NO_QUORUM}.
     */
    public boolean quorate(DecisionRule rule) {
        return state.isHeld() && rule.quorate(votingMembersPresent(), votingMembers());
    }

    /** Whether the attendance can be recorded now: once the invitation is sent, and only once. */
    public boolean awaitsAttendance() {
        return in(BEFORE_THE_RECORD);
    }

    /**
     * Whether decisions and minutes can still be recorded: after the meeting, until the minutes are
     * approved or the meeting is closed.
     */
    public boolean openForRecord() {
        return in(AFTER_THE_MEETING) && !minutesApproved();
    }

    /** Whether it can be closed now, rule 12 aside (a body that requires minutes needs them first). */
    public boolean closable() {
        return in(AFTER_THE_MEETING);
    }

    /** Whether the minutes are recorded and approved; after that the record is final. */
    public boolean minutesApproved() {
        return minutes != null && minutes.approvedOn().isPresent();
    }

    /** The items deferred here, to carry over to the next meeting. */
    public List<AgendaItem> deferredItems() {
        return agenda.stream().filter(i -> i.status() == AgendaItem.Status.DEFERRED).toList();
    }

    private AgendaItem decideItem(int itemNumber, AgendaItem.Status status) {
        requireState("Die Tagesordnung steht fest, sobald die Sitzung abgehalten ist",
                MeetingState.PLANNED, MeetingState.INVITED);
        AgendaItem decided = item(itemNumber).with(status);
        agenda.set(itemNumber - 1, decided);
        return decided;
    }

    private AgendaItem item(int itemNumber) {
        if (itemNumber < 1 || itemNumber > agenda.size()) {
            throw new InvalidValueException("itemNumber", "diesen Tagesordnungspunkt gibt es nicht");
        }
        return agenda.get(itemNumber - 1);
    }

    private int nextInviteeNamed(String name, boolean[] taken) {
        for (int i = 0; i < invitees.size(); i++) {
            if (!taken[i] && invitees.get(i).name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return i;
            }
        }
        return -1;
    }

    private void requireMinutesNotApproved() {
        if (minutesApproved()) {
            throw new RuleViolationException(RuleCode.MINUTES_ALREADY_APPROVED,
                    "Das Protokoll ist genehmigt; die Sitzung kann nicht mehr geändert werden.");
        }
    }

    private boolean in(MeetingState... states) {
        return Arrays.asList(states).contains(state);
    }

    private void requireState(String message, MeetingState... allowed) {
        if (in(allowed)) {
            return;
        }
        if (state == MeetingState.CLOSED) {
            throw new RuleViolationException(RuleCode.MEETING_CLOSED,
                    "Die Sitzung ist abgeschlossen und kann nicht mehr geändert werden.");
        }
        RuleCode rule = switch (state) {
            case PLANNED -> RuleCode.MEETING_PLANNED;
            case INVITED -> RuleCode.MEETING_INVITED;
            case HELD -> RuleCode.MEETING_HELD;
            case MINUTED -> RuleCode.MEETING_MINUTED;
            case CLOSED -> RuleCode.MEETING_CLOSED;
        };
        throw new RuleViolationException(rule, message + " (die Sitzung ist " + state.german() + ").");
    }

    /**
     * Replaces the person's name in the invitations, agenda proposals, decisions and minutes by the
     * pseudonym; attendance, counts and outcomes stay as they were.
     */
    public boolean redact(Redaction redaction) {
        boolean changed = false;
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            if (redaction.isTheirs(invitee.personId(), invitee.name())) {
                invitees.set(i, new Invitee(redaction.pseudonym(), invitee.personId(), invitee.onBehalfOf(),
                        invitee.voting(), invitee.present()));
                changed = true;
            }
        }
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            if (redaction.mentions(item.proposedBy()) || redaction.mentions(item.title())) {
                agenda.set(i, new AgendaItem(item.number(), redaction.apply(item.title(), 300),
                        redaction.apply(item.proposedBy(), 200), item.status(), item.required(), item.carriedOver()));
                changed = true;
            }
        }
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (redaction.mentions(d.motion())) {
                decisions.set(i, new Decision(d.number(), redaction.apply(d.motion(), 1000), d.votes(), d.members(), d.rule(),
                        d.outcome(), d.agendaItem()));
                changed = true;
            }
        }
        if (place != null && redaction.mentions(place)) {
            place = redaction.apply(place, 500);
            changed = true;
        }
        if (minutes != null && redaction.mentions(minutes.text())) {
            minutes = new Minutes(redaction.apply(minutes.text(), Minutes.MAX_LENGTH), minutes.approvedOn());
            changed = true;
        }
        return changed;
    }

    public MeetingId getId() {
        return id;
    }

    public NetworkId getNetworkId() {
        return networkId;
    }

    public BodyId getBodyId() {
        return bodyId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public Optional<LocalDateTime> getEndsAt() {
        return Optional.ofNullable(endsAt);
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public Optional<String> getPlace() {
        return Optional.ofNullable(place);
    }

    public Optional<ConveningRule.Responsibility> getConvener() {
        return Optional.ofNullable(convener);
    }

    public MeetingState getState() {
        return state;
    }

    public List<Invitee> getInvitees() {
        return List.copyOf(invitees);
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }

    public List<Decision> getDecisions() {
        return List.copyOf(decisions);
    }

    public Optional<Minutes> getMinutes() {
        return Optional.ofNullable(minutes);
    }

    /** The stored version for optimistic locking. */
    public long getVersion() {
        return version;
    }
}
