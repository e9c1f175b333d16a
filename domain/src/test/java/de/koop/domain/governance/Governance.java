package de.koop.domain.governance;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.SeatId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test fixture: bodies, seats, candidates and meetings with as little noise as possible. */
final class Governance {

    static final DecisionRule SIMPLE_MAJORITY =
            new DecisionRule(DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, Optional.empty());
    static final DecisionRule MAJORITY_PRESENT =
            new DecisionRule(DecisionRule.Kind.MAJORITY_OF_MEMBERS_PRESENT, Optional.empty());
    static final DecisionRule CONSENSUS = new DecisionRule(DecisionRule.Kind.CONSENSUS, Optional.empty());

    private Governance() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static LocalDateTime at(String isoDateTime) {
        return LocalDateTime.parse(isoDateTime);
    }

    static BodyBuilder body() {
        return new BodyBuilder();
    }

    static SeatBuilder seat(String holder) {
        return new SeatBuilder(holder);
    }

    static Candidate candidate(String name, int votes) {
        return new Candidate(name, Optional.empty(), Optional.empty(), votes);
    }

    static Composition composition(Integer maxElected, boolean speakerOfEachWorkingGroup, List<PartnerId> reserved,
                                   boolean memberFromEachChildGroup) {
        return new Composition(Optional.ofNullable(maxElected), speakerOfEachWorkingGroup, reserved,
                memberFromEachChildGroup);
    }

    static Meeting schedule(Body body, int number, String startsAt) {
        return Meeting.schedule(MeetingId.newId(), body, number, at(startsAt), null, MeetingFormat.IN_PERSON,
                "Rathaus", null, List.of());
    }

    static Meeting schedule(Body body, int number, String startsAt, List<AgendaItem> deferred) {
        return Meeting.schedule(MeetingId.newId(), body, number, at(startsAt), null, MeetingFormat.IN_PERSON,
                "Rathaus", null, deferred);
    }

    /** Members as {@link Structure#membersOn} gives them, one per name, appointed on 2024-01-01. */
    static List<Member> members(String... names) {
        List<Member> members = new ArrayList<>();
        for (String name : names) {
            members.add(Member.of(seat(name).build()));
        }
        return members;
    }

    static Member guest(String name) {
        return Member.of(seat(name).role(SeatRole.GUEST).build());
    }

    static InvalidValueException invalid(Runnable action) {
        return expect(InvalidValueException.class, action);
    }

    static RuleViolationException violation(Runnable action) {
        return expect(RuleViolationException.class, action);
    }

    private static <E extends DomainException> E expect(Class<E> type, Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected a " + type.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected a " + type.getSimpleName());
    }

    /** Defaults: a permanent working group set up on 2024-01-01, all formats, simple majority, variable cadence. */
    static final class BodyBuilder {
        private BodyId id = BodyId.newId();
        private NetworkId network = NetworkId.newId();
        private BodyKind kind = BodyKind.WORKING_GROUP;
        private String name = "AG Pflege";
        private BodyId parent;
        private LocalDate establishedOn = date("2024-01-01");
        private LocalDate temporaryUntil;
        private Set<MeetingFormat> formats = EnumSet.allOf(MeetingFormat.class);
        private boolean minutesRequired;
        private DecisionRule rule = SIMPLE_MAJORITY;
        private Cadence cadence = new Cadence.Variable();
        private List<String> topics = List.of();
        private Composition composition = Composition.open();
        private ConveningRule convening;
        private ElectionRules elections;

        BodyBuilder kind(BodyKind value) {
            kind = value;
            return this;
        }

        BodyBuilder name(String value) {
            name = value;
            return this;
        }

        BodyBuilder network(NetworkId value) {
            network = value;
            return this;
        }

        BodyBuilder childOf(Body value) {
            parent = value.getId();
            network = value.getNetworkId();
            return this;
        }

        BodyBuilder establishedOn(String iso) {
            establishedOn = date(iso);
            return this;
        }

        BodyBuilder temporaryUntil(String iso) {
            temporaryUntil = date(iso);
            return this;
        }

        BodyBuilder formats(MeetingFormat first, MeetingFormat... rest) {
            formats = EnumSet.of(first, rest);
            return this;
        }

        BodyBuilder minutesRequired() {
            minutesRequired = true;
            return this;
        }

        BodyBuilder rule(DecisionRule value) {
            rule = value;
            return this;
        }

        BodyBuilder cadence(Cadence value) {
            cadence = value;
            return this;
        }

        BodyBuilder requiredTopics(String... value) {
            topics = List.of(value);
            return this;
        }

        BodyBuilder composition(Composition value) {
            composition = value;
            return this;
        }

        BodyBuilder convening(ConveningRule value) {
            convening = value;
            return this;
        }

        BodyBuilder elections(BodyId electorate, int termYears, Integer maxConsecutiveTerms) {
            elections = new ElectionRules(Optional.ofNullable(electorate), termYears,
                    Optional.ofNullable(maxConsecutiveTerms));
            return this;
        }

        Body build() {
            return Body.establish(id, network, kind, name, parent, establishedOn, temporaryUntil, new Charter(formats,
                    minutesRequired, rule, cadence, topics, Optional.empty(), composition,
                    Optional.ofNullable(convening), Optional.ofNullable(elections)));
        }
    }

    /** Defaults: an appointed member without person id or partner, from 2024-01-01, open-ended. */
    static final class SeatBuilder {
        private final String holder;
        private Optional<PersonId> person = Optional.empty();
        private Optional<PartnerId> partner = Optional.empty();
        private SeatRole role = SeatRole.MEMBER;
        private SeatBasis basis = SeatBasis.APPOINTED;
        private LocalDate from = date("2024-01-01");
        private Optional<LocalDate> until = Optional.empty();

        SeatBuilder(String holder) {
            this.holder = holder;
        }

        SeatBuilder person(PersonId value) {
            person = Optional.of(value);
            return this;
        }

        SeatBuilder onBehalfOf(PartnerId value) {
            partner = Optional.of(value);
            return this;
        }

        SeatBuilder role(SeatRole value) {
            role = value;
            return this;
        }

        SeatBuilder speaker() {
            return role(SeatRole.SPEAKER);
        }

        SeatBuilder basis(SeatBasis value) {
            basis = value;
            return this;
        }

        SeatBuilder elected() {
            return basis(SeatBasis.ELECTED);
        }

        SeatBuilder from(String iso) {
            from = date(iso);
            return this;
        }

        SeatBuilder until(String iso) {
            until = Optional.of(date(iso));
            return this;
        }

        Seat build() {
            return new Seat(SeatId.newId(), holder, person, partner, role, basis, from, until);
        }
    }
}
