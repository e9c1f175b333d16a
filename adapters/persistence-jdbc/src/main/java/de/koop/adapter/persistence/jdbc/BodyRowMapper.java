package de.koop.adapter.persistence.jdbc;

import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.SeatId;
import de.koop.domain.shared.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;

/**
 * Maps bodies to their row and seat rows, and back; rows become bodies only through
 * {@link Body#reconstitute}. Decision rule, cadence, composition, convening and election rules are
 * flattened into columns; lists of names and ids are joined into one.
 */
@Mapper(imports = {SortKey.class, BodyId.class, Cadence.class, ConveningRule.class, ElectionRules.class})
public interface BodyRowMapper extends RowConversions {

    String EVERY_YEARS = "EVERY_YEARS";
    String TIMES_A_YEAR = "TIMES_A_YEAR";
    String VARIABLE = "VARIABLE";
    String FIXED = "FIXED";
    String ALTERNATING = "ALTERNATING";
    String ROTATING = "ROTATING";

    @Mapping(target = "sortName", expression = "java(SortKey.of(body.getName()))")
    @Mapping(target = "parentId", expression = "java(body.getParentId().map(BodyId::toString).orElse(null))")
    @Mapping(target = "formats", expression = "java(formats(body.getFormats()))")
    @Mapping(target = "decisionKind", expression = "java(body.getDecisionRule().kind().name())")
    @Mapping(target = "quorumPercent", expression = "java(body.getDecisionRule().quorumPercent().orElse(null))")
    @Mapping(target = "cadenceKind", expression = "java(cadenceKind(body.getCadence()))")
    @Mapping(target = "cadenceYears", expression = "java(body.getCadence() instanceof Cadence.EveryYears every ? every.years() : null)")
    @Mapping(target = "cadenceTimes", expression = "java(body.getCadence() instanceof Cadence.TimesAYear times ? times.times() : null)")
    @Mapping(target = "cadenceFrequency", expression = "java(body.getCadence() instanceof Cadence.TimesAYear times ? times.frequency().name() : null)")
    @Mapping(target = "requiredTopics", expression = "java(lines(body.getRequiredTopics()))")
    @Mapping(target = "maxElectedSeats", expression = "java(body.getComposition().maxElectedSeats().orElse(null))")
    @Mapping(target = "speakerExOfficio", source = "composition.speakerOfEachWorkingGroup")
    @Mapping(target = "memberFromEachChild", source = "composition.memberFromEachChildGroup")
    @Mapping(target = "reservedFor", expression = "java(ids(body.getComposition().reservedFor()))")
    @Mapping(target = "conveningKind", expression = "java(body.getConvening().map(this::conveningKind).orElse(null))")
    @Mapping(target = "conveningParties", expression = "java(body.getConvening().map(this::conveningParties).orElse(null))")
    @Mapping(target = "conveningYears", expression = "java(rotating(body).map(ConveningRule.Rotating::years).orElse(null))")
    @Mapping(target = "conveningFrom", expression = "java(rotating(body).map(ConveningRule.Rotating::from).orElse(null))")
    @Mapping(target = "electorateBodyId", expression = "java(body.getElectionRules().flatMap(e -> e.electorate()).map(Object::toString).orElse(null))")
    @Mapping(target = "electionTermYears", expression = "java(body.getElectionRules().map(ElectionRules::termYears).orElse(null))")
    @Mapping(target = "maxConsecutiveTerms", expression = "java(body.getElectionRules().flatMap(ElectionRules::maxConsecutiveTerms).orElse(null))")
    BodyRow toRow(Body body);

    default List<BodySeatRow> seatRows(Body body) {
        String id = body.getId().toString();
        List<BodySeatRow> rows = new ArrayList<>();
        for (int i = 0; i < body.getSeats().size(); i++) {
            Seat seat = body.getSeats().get(i);
            rows.add(new BodySeatRow(seat.id().toString(), id, i, seat.holderName(),
                    seat.personId().map(PersonId::toString).orElse(null),
                    seat.onBehalfOf().map(PartnerId::toString).orElse(null), seat.role().name(), seat.basis().name(),
                    seat.from(), seat.until().orElse(null)));
        }
        return rows;
    }

    // MapStruct reads the collection getters as writable collections; reconstitute has set them already
    @Mapping(target = "formats", ignore = true)
    @Mapping(target = "requiredTopics", ignore = true)
    @Mapping(target = "seats", ignore = true)
    Body toDomain(BodyRow row, @Context List<BodySeatRow> seats);

    @ObjectFactory
    default Body reconstitute(BodyRow row, @Context List<BodySeatRow> seats) {
        return Body.reconstitute(bodyId(row.id()), new NetworkId(UUID.fromString(row.networkId())),
                BodyKind.valueOf(row.kind()), row.name(), row.parentId() == null ? null : bodyId(row.parentId()),
                row.establishedOn(), row.temporaryUntil(), charter(row), seats.stream().map(this::toSeat).toList(),
                row.version());
    }

    default Charter charter(BodyRow row) {
        return new Charter(formats(row.formats()), row.minutesRequired(),
                new DecisionRule(DecisionRule.Kind.valueOf(row.decisionKind()), Optional.ofNullable(row.quorumPercent())),
                cadence(row), lines(row.requiredTopics()), Optional.ofNullable(row.responsibilities()),
                new Composition(Optional.ofNullable(row.maxElectedSeats()), row.speakerExOfficio(),
                        partnerIds(row.reservedFor()), row.memberFromEachChild()),
                Optional.ofNullable(convening(row)), Optional.ofNullable(electionRules(row)));
    }

    default Seat toSeat(BodySeatRow row) {
        return new Seat(new SeatId(UUID.fromString(row.id())), row.holderName(),
                Optional.ofNullable(row.personId()).map(p -> new PersonId(UUID.fromString(p))),
                Optional.ofNullable(row.onBehalfOf()).map(this::partnerId), SeatRole.valueOf(row.role()),
                SeatBasis.valueOf(row.basis()), row.fromDate(), Optional.ofNullable(row.untilDate()));
    }

    default String cadenceKind(Cadence cadence) {
        return switch (cadence) {
            case Cadence.EveryYears every -> EVERY_YEARS;
            case Cadence.TimesAYear times -> TIMES_A_YEAR;
            case Cadence.Variable variable -> VARIABLE;
        };
    }

    default Cadence cadence(BodyRow row) {
        return switch (row.cadenceKind()) {
            case EVERY_YEARS -> new Cadence.EveryYears(row.cadenceYears());
            case TIMES_A_YEAR -> new Cadence.TimesAYear(row.cadenceTimes(),
                    Cadence.TimesAYear.Frequency.valueOf(row.cadenceFrequency()));
            default -> new Cadence.Variable();
        };
    }

    default String conveningKind(ConveningRule rule) {
        return switch (rule) {
            case ConveningRule.Fixed fixed -> FIXED;
            case ConveningRule.Alternating alternating -> ALTERNATING;
            case ConveningRule.Rotating rotating -> ROTATING;
        };
    }

    default String conveningParties(ConveningRule rule) {
        return switch (rule) {
            case ConveningRule.Fixed fixed -> fixed.partner().toString();
            case ConveningRule.Alternating alternating -> ids(alternating.parties());
            case ConveningRule.Rotating rotating -> ids(rotating.parties());
        };
    }

    default Optional<ConveningRule.Rotating> rotating(Body body) {
        return body.getConvening().filter(ConveningRule.Rotating.class::isInstance)
                .map(ConveningRule.Rotating.class::cast);
    }

    default ConveningRule convening(BodyRow row) {
        if (row.conveningKind() == null) {
            return null;
        }
        return switch (row.conveningKind()) {
            case FIXED -> new ConveningRule.Fixed(partnerId(row.conveningParties()));
            case ALTERNATING -> new ConveningRule.Alternating(partnerIds(row.conveningParties()));
            default -> new ConveningRule.Rotating(partnerIds(row.conveningParties()), row.conveningYears(),
                    row.conveningFrom());
        };
    }

    default ElectionRules electionRules(BodyRow row) {
        // the term length says whether the body is elected at all; no electorate: each child group elects
        return row.electionTermYears() == null ? null : new ElectionRules(
                Optional.ofNullable(row.electorateBodyId()).map(this::bodyId), row.electionTermYears(),
                Optional.ofNullable(row.maxConsecutiveTerms()));
    }

    default String formats(Set<MeetingFormat> formats) {
        return EnumSet.copyOf(formats).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    default Set<MeetingFormat> formats(String formats) {
        return Arrays.stream(formats.split(",")).map(MeetingFormat::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MeetingFormat.class)));
    }

    /** Required topics, one a line; the domain allows no line breaks in them. */
    default String lines(List<String> topics) {
        return topics.isEmpty() ? null : String.join("\n", topics);
    }

    default List<String> lines(String topics) {
        return topics == null || topics.isEmpty() ? List.of() : List.of(topics.split("\n"));
    }

    default String ids(Collection<PartnerId> partners) {
        return partners.isEmpty() ? null : partners.stream().map(PartnerId::toString).collect(Collectors.joining(","));
    }

    default List<PartnerId> partnerIds(String ids) {
        return ids == null || ids.isEmpty() ? List.of()
                : Arrays.stream(ids.split(",")).map(this::partnerId).toList();
    }

    default String kind(BodyKind kind) {
        return kind.name();
    }

}
