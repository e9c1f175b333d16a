package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bodies coordinators send about a network's bodies and their seats; read strictly by {@link RequestReader}. */
final class GovernanceRequests {

    private GovernanceRequests() {
    }

    /**
     * A body set up with its rules as data (rules 6 to 12). Without {@code decisionRule} a simple
     * majority of the votes cast decides; without {@code cadence} the body meets as needed; without
     * {@code composition} anyone may sit on it; without {@code convening} nobody in particular convenes;
     * without {@code election} its seats are not elected.
     *
     * @param parentId       the body it belongs to, such as the conference of a working group
     * @param temporaryUntil the last day of a body set up for a while only
     */
    @Schema(name = "BodyEstablishment", additionalProperties = FALSE)
    record Establish(BodyKind kind, @Size(max = 200) String name, @Nullable UUID parentId, LocalDate establishedOn,
                     @Nullable LocalDate temporaryUntil, @Size(min = 1) List<MeetingFormat> formats,
                     @Nullable Boolean minutesRequired, @Nullable Decision decisionRule, @Nullable CadenceBody cadence,
                     @Nullable List<@Size(max = 300) String> requiredTopics,
                     @Nullable @Size(max = 4000) String responsibilities, @Nullable CompositionBody composition,
                     @Nullable Convening convening, @Nullable Election election) {
    }

    /** The majority a motion needs, and the share of members who must be present (1 to 100; none when absent). */
    @Schema(name = "DecisionRule", additionalProperties = FALSE)
    record Decision(DecisionRule.Kind kind, @Nullable @Min(1) @Max(100) Integer quorumPercent) {
        DecisionRule toRule() {
            return new DecisionRule(kind, Optional.ofNullable(quorumPercent));
        }
    }

    /** How often the body meets: every N years, N times a year, or as needed. */
    @Schema(name = "Cadence", oneOf = {CadenceBody.EveryYears.class, CadenceBody.TimesAYear.class,
        CadenceBody.Variable.class}, discriminatorProperty = "type", discriminatorMapping = {
            @DiscriminatorMapping(value = "EVERY_YEARS", schema = CadenceBody.EveryYears.class),
            @DiscriminatorMapping(value = "TIMES_A_YEAR", schema = CadenceBody.TimesAYear.class),
            @DiscriminatorMapping(value = "VARIABLE", schema = CadenceBody.Variable.class)})
    sealed interface CadenceBody {

        /** The cadence as the domain keeps it. */
        Cadence toCadence();

        /** Every {@code years} years ("alle zwei Jahre"). */
        @Schema(name = "CadenceEveryYears", additionalProperties = FALSE)
        record EveryYears(@Schema(allowableValues = "EVERY_YEARS", requiredMode = REQUIRED) String type,
                          @Min(1) @Max(10) int years) implements CadenceBody {
            @Override
            public Cadence toCadence() {
                return new Cadence.EveryYears(years);
            }
        }

        /** {@code times} times a year: exactly (when absent), at least, or about (a month's slack). */
        @Schema(name = "CadenceTimesAYear", additionalProperties = FALSE)
        record TimesAYear(@Schema(allowableValues = "TIMES_A_YEAR", requiredMode = REQUIRED) String type,
                          @Min(1) @Max(52) int times, @Nullable Cadence.TimesAYear.Frequency frequency)
                implements CadenceBody {
            @Override
            public Cadence toCadence() {
                return new Cadence.TimesAYear(times,
                        frequency == null ? Cadence.TimesAYear.Frequency.EXACTLY : frequency);
            }
        }

        /** As needed: never overdue. */
        @Schema(name = "CadenceVariable", additionalProperties = FALSE)
        record Variable(@Schema(allowableValues = "VARIABLE", requiredMode = REQUIRED) String type)
                implements CadenceBody {
            @Override
            public Cadence toCadence() {
                return new Cadence.Variable();
            }
        }
    }

    /**
     * Who sits on the body (rule 6): a cap on elected seats (1 to 500; none when absent), an ex officio seat
     * for the speaker of each child working group, seats reserved for partners, a member from each child group.
     */
    @Schema(name = "Composition", additionalProperties = FALSE)
    record CompositionBody(@Nullable @Min(1) @Max(500) Integer maxElectedSeats,
                           @Nullable Boolean speakerOfEachWorkingGroup, @Nullable List<UUID> reservedFor,
                           @Nullable Boolean memberFromEachChildGroup) {
        Composition toComposition() {
            return new Composition(Optional.ofNullable(maxElectedSeats), Boolean.TRUE.equals(speakerOfEachWorkingGroup),
                    partners(reservedFor), Boolean.TRUE.equals(memberFromEachChildGroup));
        }
    }

    /**
     * Who convenes, chairs and writes the minutes (rule 9): one partner, the parties in turn from meeting
     * to meeting, or a management passing to the next party every {@code years} years from {@code from}.
     */
    @Schema(name = "ConveningRule", oneOf = {Convening.Fixed.class, Convening.Alternating.class,
        Convening.Rotating.class}, discriminatorProperty = "type", discriminatorMapping = {
            @DiscriminatorMapping(value = "FIXED", schema = Convening.Fixed.class),
            @DiscriminatorMapping(value = "ALTERNATING", schema = Convening.Alternating.class),
            @DiscriminatorMapping(value = "ROTATING", schema = Convening.Rotating.class)})
    sealed interface Convening {

        /** The rule as the domain keeps it; what it refuses is recorded in {@code fields}. */
        ConveningRule toRule(Fields fields);

        /** Always the one partner named. */
        @Schema(name = "ConveningFixed", additionalProperties = FALSE)
        record Fixed(@Schema(allowableValues = "FIXED", requiredMode = REQUIRED) String type,
                     @Size(min = 1, max = 1) List<UUID> parties) implements Convening {
            @Override
            public ConveningRule toRule(Fields fields) {
                if (parties.size() != 1) {
                    fields.refuse("convening.parties", "eine feste Zuständigkeit nennt genau einen Partner");
                    return null;
                }
                return new ConveningRule.Fixed(new PartnerId(parties.getFirst()));
            }
        }

        /** The parties in turn, from meeting to meeting. */
        @Schema(name = "ConveningAlternating", additionalProperties = FALSE)
        record Alternating(@Schema(allowableValues = "ALTERNATING", requiredMode = REQUIRED) String type,
                           @Size(min = 2) List<UUID> parties) implements Convening {
            @Override
            public ConveningRule toRule(Fields fields) {
                return fields.value("", () -> new ConveningRule.Alternating(partners(parties)));
            }
        }

        /** The management passes to the next party every {@code years} years, counted from {@code from}. */
        @Schema(name = "ConveningRotating", additionalProperties = FALSE)
        record Rotating(@Schema(allowableValues = "ROTATING", requiredMode = REQUIRED) String type,
                        @Size(min = 2) List<UUID> parties, @Min(1) @Max(10) int years, LocalDate from)
                implements Convening {
            @Override
            public ConveningRule toRule(Fields fields) {
                return fields.value("", () -> new ConveningRule.Rotating(partners(parties), years, from));
            }
        }
    }

    /**
     * How the seats are filled (rule 7): elected by the members of {@code electorateBodyId} (without it each
     * child group elects its own representatives) for {@code termYears} years, at most
     * {@code maxConsecutiveTerms} terms in a row (without limit when absent).
     */
    @Schema(name = "ElectionRules", additionalProperties = FALSE)
    record Election(@Nullable UUID electorateBodyId, @Min(1) @Max(10) int termYears,
                    @Nullable @Min(1) Integer maxConsecutiveTerms) {
        ElectionRules toRules() {
            return new ElectionRules(Optional.ofNullable(electorateBodyId).map(BodyId::new), termYears,
                    Optional.ofNullable(maxConsecutiveTerms));
        }
    }

    /**
     * A seat given to a person, for a partner or not: a member (when {@code role} is absent), appointed
     * (when {@code basis} is absent), from a day, until a day or open-ended.
     */
    @Schema(name = "SeatAppointment", additionalProperties = FALSE)
    record Appoint(@Size(max = 200) String holderName, @Nullable UUID personId, @Nullable UUID partnerId,
                   @Nullable SeatRole role, @Nullable SeatBasis basis, LocalDate from, @Nullable LocalDate until) {
    }

    /** The last day a seat is held. */
    @Schema(name = "SeatEnd", additionalProperties = FALSE)
    record EndSeat(LocalDate lastDay) {
    }

    /**
     * An election held (rule 7): who voted, who stood and how many votes each received; the elected get
     * seats for the term. Without {@code electorateBodyId} the body's rules name the electorate.
     */
    @Schema(name = "ElectionRecord", additionalProperties = FALSE)
    record Elect(UUID bodyId, @Nullable UUID electorateBodyId, LocalDate electedOn, @Min(1) int seatsToFill,
                 List<String> voters, List<Candidate> candidates) {
    }

    /** A candidate and the votes received; for a partner or a known contact person if given. */
    @Schema(name = "Candidate", additionalProperties = FALSE)
    record Candidate(@Size(max = 200) String name, @Nullable UUID personId, @Nullable UUID partnerId, @Min(0) int votes) {
    }

    static List<PartnerId> partners(List<UUID> ids) {
        return ids.stream().map(PartnerId::new).toList();
    }
}
