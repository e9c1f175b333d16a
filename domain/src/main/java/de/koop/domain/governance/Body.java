package de.koop.domain.governance;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.Required;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.SeatId;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An organ of a network (Organ, Gremium): a conference, steering group, coordination, working group,
 * sub-network, quality circle or planning body, with its rules as data (composition, elections,
 * cadence, decisions, convening) and its seats. Seats are history: ended, never removed.
 */
public final class Body {

    private final BodyId id;
    private final NetworkId networkId;
    private final BodyKind kind;
    private String name;
    private final BodyId parentId;
    private final LocalDate establishedOn;
    private final LocalDate temporaryUntil;
    private Charter charter;
    private final List<Seat> seats;
    private final long version;

    private Body(BodyId id, NetworkId networkId, BodyKind kind, String name, BodyId parentId, LocalDate establishedOn,
                 LocalDate temporaryUntil, Charter charter, List<Seat> seats, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.kind = Required.present(kind, "kind");
        this.name = Text.required(name, "name", 200);
        if (parentId != null && parentId.equals(id)) {
            throw new InvalidValueException("parentId", "ein Gremium kann nicht sein eigenes Obergremium sein");
        }
        this.parentId = parentId;
        this.establishedOn = Required.present(establishedOn, "establishedOn");
        if (temporaryUntil != null && temporaryUntil.isBefore(establishedOn)) {
            throw new InvalidValueException("temporaryUntil", "liegt vor der Einrichtung des Gremiums");
        }
        this.temporaryUntil = temporaryUntil;
        this.charter = Required.present(charter, "charter");
        this.seats = new ArrayList<>(seats);
        this.version = version;
    }

    /**
     * A new body of a network, set up on {@code establishedOn} by the rules of its charter, without
     * seats yet.
     *
     * @param parentId       the body it belongs to, or {@code null} for a body at the top
     * @param temporaryUntil its last day if it was set up for a limited time, else {@code null}
     */
    public static Body establish(BodyId id, NetworkId networkId, BodyKind kind, String name, BodyId parentId,
                                 LocalDate establishedOn, LocalDate temporaryUntil, Charter charter) {
        return new Body(id, networkId, kind, name, parentId, establishedOn, temporaryUntil, charter, List.of(), 0);
    }

    /** A body as it was stored; used by persistence adapters only. */
    public static Body reconstitute(BodyId id, NetworkId networkId, BodyKind kind, String name, BodyId parentId,
                                    LocalDate establishedOn, LocalDate temporaryUntil, Charter charter,
                                    List<Seat> seats, long version) {
        return new Body(id, networkId, kind, name, parentId, establishedOn, temporaryUntil, charter, seats, version);
    }

    /**
     * Gives a person a seat by appointment or readiness declaration (or records an elected one). Ex
     * officio seats are not appointed: they follow from the speakers of the child working groups.
     */
    public Seat appoint(Seat requested) {
        Objects.requireNonNull(requested, "seat");
        Seat seat = requested;
        if (seat.basis() == SeatBasis.ELECTED) {
            ElectionRules rules = electionRules();
            if (seat.until().isEmpty()) {
                // an elected seat ends with its term
                seat = new Seat(seat.id(), seat.holderName(), seat.personId(), seat.onBehalfOf(), seat.role(),
                        seat.basis(), seat.from(), Optional.of(lastDayOfTerm(seat.from(), rules.termYears())));
            }
        }
        final Seat checked = seat;
        if (checked.basis() == SeatBasis.EX_OFFICIO) {
            throw new RuleViolationException(RuleCode.EX_OFFICIO_SEAT_NOT_ASSIGNABLE,
                    "Sitze kraft Amtes werden nicht vergeben: "
                    + "sie gehören den Sprecherinnen und Sprechern der Arbeitsgruppen.");
        }
        requireOpenOn(checked.from());
        if (seats.stream().anyMatch(s -> s.sameHolder(checked) && overlaps(s, checked))) {
            throw new RuleViolationException(RuleCode.PERSON_ALREADY_SEATED,
                    checked.holderName() + " hat in „" + name + "“ in dieser Zeit bereits einen Sitz.");
        }
        if (checked.basis() == SeatBasis.ELECTED) {
            requireElectedSeatFree(checked.from(), checked.until().orElse(null), 1);
        }
        if (checked.onBehalfOf().isPresent() && charter.composition().reservedFor().contains(checked.onBehalfOf().get())
                && seats.stream().anyMatch(s -> s.onBehalfOf().equals(checked.onBehalfOf()) && overlaps(s, checked))) {
            throw new RuleViolationException(RuleCode.RESERVED_SEAT_TAKEN,
                    "Der für diesen Partner reservierte Sitz in „" + name + "“ ist bereits besetzt.");
        }
        if (checked.role() == SeatRole.SPEAKER && seats.stream()
                .anyMatch(s -> s.role() == SeatRole.SPEAKER && overlaps(s, checked))) {
            throw new RuleViolationException(RuleCode.SPEAKER_TAKEN, "„" + name + "“ hat in dieser Zeit bereits eine "
                    + "Sprecherin oder einen Sprecher; deren Sitz muss zuerst enden.");
        }
        seats.add(checked);
        return checked;
    }

    /** Ends a seat on {@code lastDay}; the seat stays in the history. */
    public Seat endSeat(SeatId seatId, LocalDate lastDay) {
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            if (seat.id().equals(seatId)) {
                if (lastDay.isBefore(seat.from())) {
                    throw new InvalidValueException("lastDay", "liegt vor dem Beginn des Sitzes am " + seat.from());
                }
                if (seat.until().isPresent() && !seat.until().get().isAfter(lastDay)) {
                    throw new RuleViolationException(RuleCode.SEAT_ALREADY_ENDED,
                            "Der Sitz von " + seat.holderName() + " endet bereits am " + seat.until().get() + ".");
                }
                Seat ended = seat.endingOn(lastDay);
                seats.set(i, ended);
                return ended;
            }
        }
        throw new InvalidValueException("seatId", "ist kein Sitz dieses Gremiums");
    }

    /**
     * Fills elected seats by an election held on {@code electedOn} (rule 7): the candidates with the
     * most votes win, for the body's term; a candidate who has held as many terms in a row as the rules
     * allow may not stand. The electorate was checked by {@link Electorate}.
     */
    public List<Seat> elect(LocalDate electedOn, int seatsToFill, List<Candidate> candidates) {
        ElectionRules rules = electionRules();
        if (seatsToFill < 1) {
            throw new InvalidValueException("seatsToFill", "muss mindestens 1 sein");
        }
        if (candidates.size() < seatsToFill) {
            throw new InvalidValueException("candidates", "weniger Kandidierende als zu besetzende Sitze");
        }
        requireOpenOn(electedOn);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            for (int j = 0; j < i; j++) {
                if (sameCandidate(candidates.get(j), candidate)) {
                    throw new InvalidValueException("candidates[" + i + "]", candidate.name() + " kandidiert doppelt");
                }
            }
            int previous = consecutiveTermsOf(candidate, electedOn);
            if (rules.maxConsecutiveTerms().isPresent() && previous >= rules.maxConsecutiveTerms().get()) {
                throw new InvalidValueException("candidates[" + i + "]", candidate.name() + " ist nicht wählbar: "
                        + (rules.maxConsecutiveTerms().get() == 1 ? "eine Wiederwahl ist nicht zulässig"
                        : "höchstens " + rules.maxConsecutiveTerms().get() + " Amtszeiten in Folge"));
            }
        }
        List<Candidate> ranked = candidates.stream().sorted(Comparator.comparingInt(Candidate::votes).reversed()).toList();
        if (ranked.size() > seatsToFill && ranked.get(seatsToFill - 1).votes() == ranked.get(seatsToFill).votes()) {
            throw new RuleViolationException(RuleCode.ELECTION_TIE, "Stimmengleichheit um den letzten Sitz zwischen "
                    + ranked.get(seatsToFill - 1).name() + " und " + ranked.get(seatsToFill).name()
                    + ": eine Stichwahl ist nötig.");
        }
        ranked.subList(0, seatsToFill).stream().filter(c -> c.votes() == 0).findFirst().ifPresent(c -> {
            throw new RuleViolationException(RuleCode.CANDIDATE_WITHOUT_VOTES,
                    c.name() + " hat keine Stimme erhalten und ist nicht gewählt.");
        });
        LocalDate lastDay = lastDayOfTerm(electedOn, rules.termYears());
        requireElectedSeatFree(electedOn, lastDay, seatsToFill);
        List<Seat> elected = new ArrayList<>();
        for (Candidate winner : ranked.subList(0, seatsToFill)) {
            Seat seat = new Seat(SeatId.newId(), winner.name(), winner.personId(), winner.onBehalfOf(), SeatRole.MEMBER,
                    SeatBasis.ELECTED, electedOn, Optional.of(lastDay));
            if (seats.stream().anyMatch(s -> s.sameHolder(seat) && overlaps(s, seat))) {
                throw new RuleViolationException(RuleCode.PERSON_ALREADY_SEATED, winner.name() + " hat in „" + name
                        + "“ in dieser Zeit bereits einen Sitz; der bisherige Sitz muss vorher enden.");
            }
            elected.add(seat);
        }
        seats.addAll(elected);
        return elected;
    }

    /**
     * The candidate's elected terms in this body that run up to the election without a gap of more than
     * a year: a year out of office starts the count anew.
     */
    int consecutiveTermsOf(Candidate candidate, LocalDate electedOn) {
        Seat probe = new Seat(SeatId.newId(), candidate.name(), candidate.personId(), candidate.onBehalfOf(),
                SeatRole.MEMBER, SeatBasis.ELECTED, electedOn, Optional.empty());
        List<Seat> terms = seats.stream()
                .filter(s -> s.basis() == SeatBasis.ELECTED && s.sameHolder(probe) && s.from().isBefore(electedOn))
                .sorted(Comparator.comparing(Seat::from).reversed())
                .toList();
        int count = 0;
        LocalDate next = electedOn;
        for (Seat term : terms) {
            LocalDate end = term.until().orElse(next);
            if (end.isBefore(next.minusYears(1))) {
                break;
            }
            count++;
            next = term.from();
        }
        return count;
    }

    private ElectionRules electionRules() {
        return charter.electionRules().orElseThrow(() -> new RuleViolationException(RuleCode.BODY_NOT_ELECTED,
                "„" + name + "“ wird nicht gewählt; Sitze werden durch Benennung oder Bereitschaftserklärung vergeben."));
    }

    /** The last day of a term of {@code years} years from {@code start}, as § 188 BGB counts it. */
    private static LocalDate lastDayOfTerm(LocalDate start, int years) {
        LocalDate anniversary = start.plusYears(years);
        return anniversary.getDayOfMonth() == start.getDayOfMonth() ? anniversary.minusDays(1) : anniversary;
    }

    private static boolean sameCandidate(Candidate a, Candidate b) {
        if (a.personId().isPresent() && b.personId().isPresent()) {
            return a.personId().equals(b.personId());
        }
        return a.name().equalsIgnoreCase(b.name())
                && (a.onBehalfOf().isEmpty() || b.onBehalfOf().isEmpty() || a.onBehalfOf().equals(b.onBehalfOf()));
    }

    /**
     * Replaces the person's name in their seats, in the body's name (a working group named after its
     * leader), its required topics and its responsibilities; the seats and their terms stay.
     */
    public boolean redact(Redaction redaction) {
        boolean changed = false;
        if (redaction.mentions(name)) {
            name = redaction.apply(name, 200);
            changed = true;
        }
        if (charter.requiredTopics().stream().anyMatch(redaction::mentions)) {
            charter = charter.withRequiredTopics(charter.requiredTopics().stream()
                    .map(t -> redaction.apply(t, 300)).toList());
            changed = true;
        }
        if (charter.responsibilities().filter(redaction::mentions).isPresent()) {
            charter = charter.withResponsibilities(redaction.apply(charter.responsibilities().get(), 4000));
            changed = true;
        }
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            if (redaction.isTheirs(seat.personId(), seat.holderName())) {
                seats.set(i, new Seat(seat.id(), redaction.pseudonym(), seat.personId(), seat.onBehalfOf(), seat.role(),
                        seat.basis(), seat.from(), seat.until()));
                changed = true;
            }
        }
        return changed;
    }

    /** The seats held on {@code date}. */
    public List<Seat> seatsOn(LocalDate date) {
        return seats.stream().filter(s -> s.isHeldOn(date)).toList();
    }

    /** The current speaker, if the body has one on {@code date}. */
    public Optional<Seat> speakerOn(LocalDate date) {
        return seatsOn(date).stream().filter(s -> s.role() == SeatRole.SPEAKER).findFirst();
    }

    /**
     * Who convenes the next meeting still to be planned, and why: the one numbered after every meeting
     * scheduled so far (whatever their state), as of {@code date}. It is held after the last scheduled
     * meeting, not before {@code date}, and, where the cadence says when, on the day it comes due after
     * that meeting (or after the body was set up), which decides a rotation crossing its change day.
     */
    public Optional<ConveningRule.Responsibility> nextConvener(List<Meeting> meetingsOfBody, LocalDate date) {
        Optional<LocalDate> lastScheduled = meetingsOfBody.stream().map(Meeting::getStartsAt)
                .filter(Objects::nonNull).map(LocalDateTime::toLocalDate)
                .max(Comparator.naturalOrder());
        LocalDate day = date;
        Optional<LocalDate> due = charter.cadence().nextDue(lastScheduled.orElse(establishedOn));
        if (due.isPresent() && due.get().isAfter(day)) {
            day = due.get();
        }
        if (lastScheduled.isPresent() && !lastScheduled.get().isBefore(day)) {
            day = lastScheduled.get().plusDays(1);
        }
        int number = meetingsOfBody.size() + 1;
        LocalDate held = day;
        return getConvening().map(rule -> rule.responsibleFor(number, held));
    }

    /** Whether the body still exists on {@code date} (a temporary body ends after its last day). */
    public boolean existsOn(LocalDate date) {
        return !date.isBefore(establishedOn) && (temporaryUntil == null || !date.isAfter(temporaryUntil));
    }

    private void requireOpenOn(LocalDate date) {
        if (!existsOn(date)) {
            throw new RuleViolationException(RuleCode.BODY_NOT_ACTIVE,
                    "„" + name + "“ besteht am " + date + " nicht (eingerichtet " + establishedOn
                            + (temporaryUntil == null ? "" : ", befristet bis " + temporaryUntil) + ").");
        }
    }

    /**
     * Whether {@code more} elected seats from {@code from} to {@code until} fit under the cap on every
     * day of that period: the count only rises where a seat begins, so those days are checked.
     */
    private void requireElectedSeatFree(LocalDate from, LocalDate until, int more) {
        if (charter.composition().maxElectedSeats().isEmpty()) {
            return;
        }
        int max = charter.composition().maxElectedSeats().get();
        List<LocalDate> days = new ArrayList<>(List.of(from));
        seats.stream().filter(s -> s.basis() == SeatBasis.ELECTED)
                .map(Seat::from)
                .filter(d -> d.isAfter(from) && (until == null || !d.isAfter(until)))
                .forEach(days::add);
        for (LocalDate day : days) {
            long held = seatsOn(day).stream().filter(s -> s.basis() == SeatBasis.ELECTED).count();
            if (held + more > max) {
                throw new RuleViolationException(RuleCode.ELECTED_SEATS_FULL, "„" + name + "“ hat höchstens " + max
                        + " gewählte Sitze; am " + day + " sind " + held + " besetzt, für " + more
                        + (more == 1 ? " weiteren ist kein Platz." : " weitere ist kein Platz."));
            }
        }
    }

    private static boolean overlaps(Seat a, Seat b) {
        LocalDate aEnd = a.until().orElse(LocalDate.MAX);
        LocalDate bEnd = b.until().orElse(LocalDate.MAX);
        return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
    }

    public BodyId getId() {
        return id;
    }

    public NetworkId getNetworkId() {
        return networkId;
    }

    public BodyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Optional<BodyId> getParentId() {
        return Optional.ofNullable(parentId);
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public Optional<LocalDate> getTemporaryUntil() {
        return Optional.ofNullable(temporaryUntil);
    }

    /** The rules the body works by. */
    public Charter getCharter() {
        return charter;
    }

    public Set<MeetingFormat> getFormats() {
        return charter.formats();
    }

    public boolean isMinutesRequired() {
        return charter.minutesRequired();
    }

    public DecisionRule getDecisionRule() {
        return charter.decisionRule();
    }

    public Cadence getCadence() {
        return charter.cadence();
    }

    public List<String> getRequiredTopics() {
        return charter.requiredTopics();
    }

    public Optional<String> getResponsibilities() {
        return charter.responsibilities();
    }

    public Composition getComposition() {
        return charter.composition();
    }

    public Optional<ConveningRule> getConvening() {
        return charter.convening();
    }

    public Optional<ElectionRules> getElectionRules() {
        return charter.electionRules();
    }

    public List<Seat> getSeats() {
        return List.copyOf(seats);
    }

    /** The stored version for optimistic locking. */
    public long getVersion() {
        return version;
    }
}
