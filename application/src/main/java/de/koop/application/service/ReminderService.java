package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.port.in.SendRemindersUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.application.port.out.ReminderWakeups.Kind;
import de.koop.application.port.out.ReminderWakeups.Subject;
import de.koop.application.port.out.Transactions;
import de.koop.application.unitofwork.UnitOfWork;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Seat;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.notification.ReminderRules;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reminder sweep. It looks only at the agreements, obligations and bodies that {@link ReminderWakeups}
 * names as due (changed since the last sweep, or reaching a day their rules named), a round of them at a
 * time with a fixed number of reads per round, and names for each the day to look again. Each round is a
 * transaction of its own.
 */
public final class ReminderService implements SendRemindersUseCase {

    /** Subjects looked at per round: memory stays bounded and the reads per round fixed. */
    static final int ROUND = 500;

    /** The operation a round's audit entry names. */
    static final String SWEEP = "SendRemindersUseCase.sweep";

    private final Networks networks;
    private final Partners partners;
    private final Agreements agreements;
    private final Bodies bodies;
    private final Meetings meetings;
    private final Obligations obligations;
    private final ReminderWakeups wakeups;
    private final Transactions transactions;
    private final Outbox outbox;
    private final MessageTemplates templates;
    private final ReminderRules rules;
    private final Clock clock;

    private final UnitOfWork work;

    public ReminderService(Networks networks, Partners partners, Agreements agreements, Bodies bodies,
                           Meetings meetings, Obligations obligations, ReminderWakeups wakeups,
                           Transactions transactions, Outbox outbox, MessageTemplates templates, ReminderRules rules,
                           Clock clock, UnitOfWork work) {
        this.work = Objects.requireNonNull(work);
        this.networks = Objects.requireNonNull(networks);
        this.partners = Objects.requireNonNull(partners);
        this.agreements = Objects.requireNonNull(agreements);
        this.bodies = Objects.requireNonNull(bodies);
        this.meetings = Objects.requireNonNull(meetings);
        this.obligations = Objects.requireNonNull(obligations);
        this.wakeups = Objects.requireNonNull(wakeups);
        this.transactions = Objects.requireNonNull(transactions);
        this.outbox = Objects.requireNonNull(outbox);
        this.templates = Objects.requireNonNull(templates);
        this.rules = Objects.requireNonNull(rules);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int sweep(LocalDate today) {
        // next looks worked out under another lead or other rules may be too late now
        transactions.inTransaction(() -> {
            wakeups.wakeIfScheduledUnderOtherRules(rules.fingerprint());
            return null;
        });
        int written = 0;
        // every subject of a round is scheduled after today or not at all, so the next round has new ones
        Round round;
        // a round is a unit of work of koop itself: the reminders it writes are its changes
        while ((round = transactions.inTransaction(() -> work.run(SWEEP, Optional.empty(), () -> round(today))))
                .lookedAt() > 0) {
            written += round.written();
        }
        return written;
    }

    /** What one round did. */
    private record Round(int lookedAt, int written) {
    }

    private Round round(LocalDate today) {
        List<Subject> due = wakeups.dueBy(today, ROUND);
        return due.isEmpty() ? new Round(0, 0) : new Round(due.size(), remindAndSchedule(due, today));
    }

    /**
     * A reminder found due: its network and occasion, the partner to reach besides the coordination (with
     * the person, if a particular one), and its template's values given the partners' names.
     */
    private record Due(NetworkId network, Occasion occasion, Optional<PartnerId> party, Optional<PersonId> person,
                       Set<PartnerId> named, Function<Function<PartnerId, String>, Map<String, Object>> values) {
    }

    private int remindAndSchedule(List<Subject> subjects, LocalDate today) {
        Map<Subject, Optional<LocalDate>> next = new HashMap<>();
        subjects.forEach(s -> next.put(s, Optional.empty())); // gone since: not looked at again
        Map<UUID, Subject> byId = subjects.stream().collect(Collectors.toMap(Subject::id, s -> s, (a, b) -> a));
        List<Due> due = new ArrayList<>();
        for (Agreement agreement : agreements.findAllById(ids(subjects, Kind.AGREEMENT, AgreementId::new))) {
            agreement(agreement, today, due);
            next.put(byId.get(agreement.getId().value()), rules.nextLook(agreement, today));
        }
        for (Obligation obligation : obligations.findAllById(ids(subjects, Kind.OBLIGATION, ObligationId::new))) {
            obligation(obligation, today, due);
            next.put(byId.get(obligation.getId().value()), rules.nextLook(obligation, today));
        }
        List<BodyId> bodyIds = ids(subjects, Kind.BODY, BodyId::new);
        Map<BodyId, List<Meeting>> meetingsByBody = bodyIds.isEmpty() ? Map.of()
                : meetings.listByBodies(bodyIds).stream().collect(Collectors.groupingBy(Meeting::getBodyId));
        for (Body body : bodies.findAllById(bodyIds)) {
            List<Meeting> meetingsOfBody = meetingsByBody.getOrDefault(body.getId(), List.of());
            Optional<LocalDate> lastMeeting = BodyViews.lastMeeting(meetingsOfBody, today);
            Optional<LocalDate> meetingDue = body.getCadence().nextDue(lastMeeting.orElse(body.getEstablishedOn()));
            boolean planned = meetingsOfBody.stream().anyMatch(m -> !m.getState().isHeld());
            body(body, lastMeeting, meetingDue, planned, today, due);
            next.put(byId.get(body.getId().value()), rules.nextLook(body, meetingDue, planned, today));
        }
        int written = write(due, today);
        // a rule names a later day; guarded so that no subject can come back in this sweep
        next.replaceAll((subject, day) -> day.filter(d -> d.isAfter(today)));
        wakeups.schedule(next, rules.fingerprint());
        return written;
    }

    private static <I> List<I> ids(List<Subject> subjects, Kind kind, Function<UUID, I> id) {
        return subjects.stream().filter(s -> s.kind() == kind).map(s -> id.apply(s.id())).toList();
    }

    private void agreement(Agreement agreement, LocalDate today, List<Due> due) {
        if (!agreement.isInForceOn(today)) {
            return;
        }
        rules.forReview(agreement.getId(), agreement.termOn(today), today).ifPresent(occasion ->
                due.add(new Due(agreement.getNetworkId(), occasion, Optional.empty(), Optional.empty(), Set.of(),
                        names -> {
                            Map<String, Object> values = new HashMap<>();
                            values.put("agreementTitle", agreement.getTitle());
                            agreement.termOn(today).termEnd().ifPresent(end -> values.put("termEnd",
                                    MeetingMessages.DATE.format(end)));
                            return values;
                        })));
    }

    private void obligation(Obligation obligation, LocalDate today, List<Due> due) {
        int ahead = Math.max(0, obligation.getReminderDaysBefore());
        for (Deadline deadline : obligation.deadlines(ReminderRules.deadlinesDueFrom(today), today.plusDays(ahead),
                today)) {
            rules.forDeadline(deadline, today).ifPresent(occasion -> {
                Set<PartnerId> named = new HashSet<>();
                named.add(deadline.responsible());
                deadline.recipient().ifPresent(named::add);
                due.add(new Due(obligation.getNetworkId(), occasion, Optional.of(deadline.responsible()),
                        Optional.empty(), named, names -> {
                            Map<String, Object> values = new HashMap<>();
                            values.put("title", deadline.title());
                            values.put("responsibleName", names.apply(deadline.responsible()));
                            deadline.recipient().ifPresent(r -> values.put("recipientName", names.apply(r)));
                            deadline.referenceDate().ifPresent(d -> values.put("referenceDate",
                                    MeetingMessages.DATE.format(d)));
                            return values;
                        }));
            });
        }
    }

    private void body(Body body, Optional<LocalDate> lastMeeting, Optional<LocalDate> meetingDue, boolean planned,
                      LocalDate today, List<Due> due) {
        if (!body.existsOn(today)) {
            return;
        }
        rules.forMeetingDue(body.getId(), meetingDue, planned, today).ifPresent(occasion ->
                due.add(new Due(body.getNetworkId(), occasion, Optional.empty(), Optional.empty(), Set.of(), names -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("bodyName", body.getName());
                    lastMeeting.ifPresent(d -> values.put("lastMeeting", MeetingMessages.DATE.format(d)));
                    return values;
                })));
        for (Seat seat : body.seatsOn(today)) {
            rules.forSeat(seat, today).ifPresent(occasion ->
                    due.add(new Due(body.getNetworkId(), occasion, seat.onBehalfOf(), seat.personId(),
                            seat.onBehalfOf().map(Set::of).orElse(Set.of()), names -> {
                                Map<String, Object> values = new HashMap<>();
                                values.put("bodyName", body.getName());
                                values.put("holderName", seat.holderName());
                                seat.onBehalfOf().ifPresent(p -> values.put("partnerName", names.apply(p)));
                                return values;
                            })));
        }
    }

    /** Writes the reminders not written before, with the partners' names and addresses read at once. */
    private int write(List<Due> found, LocalDate today) {
        if (found.isEmpty()) {
            return 0;
        }
        Set<Occasion> produced = new HashSet<>(outbox.produced(found.stream().map(Due::occasion).toList()));
        List<Due> due = found.stream().filter(d -> !produced.contains(d.occasion())).toList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<NetworkId, Network> networksById = networks.findAllById(due.stream().map(Due::network).distinct().toList())
                .stream().collect(Collectors.toMap(Network::getId, n -> n));
        Set<PartnerId> wanted = new HashSet<>();
        networksById.values().forEach(n -> n.getCoordination().ifPresent(c -> wanted.add(c.partnerId())));
        due.forEach(d -> {
            wanted.addAll(d.named());
            d.party().ifPresent(wanted::add);
        });
        Map<PartnerId, Partner> partnersById = partners.findAllById(wanted).stream()
                .collect(Collectors.toMap(Partner::getId, p -> p));
        Function<PartnerId, String> names = id -> Optional.ofNullable(partnersById.get(id)).map(Partner::getName)
                .orElse("–");
        List<Notification> written = new ArrayList<>();
        int reminders = 0;
        for (Due reminder : due) {
            Network network = networksById.get(reminder.network());
            if (network == null || produced.contains(reminder.occasion())) {
                continue;
            }
            Set<EmailAddress> to = new LinkedHashSet<>();
            network.getCoordination().flatMap(c -> Optional.ofNullable(partnersById.get(c.partnerId()))
                    .flatMap(p -> Addresses.of(p, Optional.of(c.contactPersonId())))).ifPresent(to::add);
            reminder.party().map(partnersById::get).flatMap(p -> Addresses.of(p, reminder.person())).ifPresent(to::add);
            if (to.isEmpty()) {
                continue;
            }
            Map<String, Object> values = new HashMap<>(reminder.values().apply(names));
            values.put("networkName", network.getName());
            values.put("dueOn", MeetingMessages.DATE.format(reminder.occasion().day()));
            long days = ChronoUnit.DAYS.between(today, reminder.occasion().day());
            values.put("when", when(days));
            values.put("past", days < 0);
            written.addAll(Notification.reminders(network.getId(), reminder.occasion(), to,
                    templates.render(reminder.occasion().kind(), values), Instant.now(clock)));
            produced.add(reminder.occasion());
            reminders++;
        }
        outbox.appendAll(work.recordEach(written, Change::of));
        return reminders;
    }

    /** How far the day is from today, in German: "in 14 Tagen", "morgen", "heute", "seit 3 Tagen". */
    static String when(long days) {
        if (days > 1) {
            return "in " + days + " Tagen";
        }
        if (days == 1) {
            return "morgen";
        }
        if (days == 0) {
            return "heute";
        }
        return days == -1 ? "seit gestern" : "seit " + -days + " Tagen";
    }
}
