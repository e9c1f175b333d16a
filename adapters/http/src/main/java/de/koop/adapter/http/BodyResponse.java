package de.koop.adapter.http;

import de.koop.application.port.in.BodyView;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Member;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Seat;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A body with its rules, its seats as history, and where it stands on {@code status.date}. */
@Serdeable
public record BodyResponse(String id, String networkId, Kind kind, String name, @Nullable String parentId,
                           String establishedOn, @Nullable String temporaryUntil, List<String> formats,
                           boolean minutesRequired, DecisionRuleBody decisionRule, CadenceBody cadence,
                           List<String> requiredTopics, @Nullable String responsibilities,
                           CompositionBody composition, @Nullable ConveningBody convening,
                           @Nullable ElectionBody election, List<SeatBody> seats, Status status, long version) {

    @Serdeable
    public record Kind(String code, String label) {
    }

    @Serdeable
    public record DecisionRuleBody(String kind, @Nullable Integer quorumPercent, String description) {
    }

    @Serdeable
    public record CadenceBody(String type, @Nullable Integer years, @Nullable Integer times, @Nullable String frequency,
                              String description) {
    }

    @Serdeable
    public record CompositionBody(@Nullable Integer maxElectedSeats, boolean speakerOfEachWorkingGroup,
                                  List<String> reservedFor, boolean memberFromEachChildGroup) {
    }

    @Serdeable
    public record ConveningBody(String type, List<String> parties, @Nullable Integer years, @Nullable String from) {
    }

    @Serdeable
    public record ElectionBody(@Nullable String electorateBodyId, int termYears, @Nullable Integer maxConsecutiveTerms) {
    }

    @Serdeable
    public record SeatBody(String id, String holderName, @Nullable String personId, @Nullable String partnerId,
                           String role, String basis, String from, @Nullable String until) {
        static SeatBody from(Seat seat) {
            return new SeatBody(seat.id().toString(), seat.holderName(), seat.personId().map(PersonId::toString).orElse(null),
                    seat.onBehalfOf().map(PartnerId::toString).orElse(null), seat.role().name(), seat.basis().name(),
                    seat.from().toString(), seat.until().map(LocalDate::toString).orElse(null));
        }
    }

    /** A member on the status day; {@code exOfficioFor} names the working group whose speaker holds the seat. */
    @Serdeable
    public record MemberBody(String name, @Nullable String personId, @Nullable String partnerId, String role,
                             String basis, @Nullable String exOfficioFor, String from, @Nullable String until) {
        static MemberBody from(Member member) {
            return new MemberBody(member.name(), member.personId().map(PersonId::toString).orElse(null),
                    member.onBehalfOf().map(PartnerId::toString).orElse(null), member.role().name(),
                    member.basis().name(), member.exOfficioFor().map(Object::toString).orElse(null),
                    member.from().toString(), member.until().map(LocalDate::toString).orElse(null));
        }
    }

    @Serdeable
    public record Convener(String partnerId, String reason) {
    }

    @Serdeable
    public record Status(String date, List<MemberBody> members, List<String> compositionGaps,
                         @Nullable String lastMeeting, @Nullable String nextMeetingDue, boolean overdue,
                         @Nullable Convener nextConvener) {
    }

    static BodyResponse from(BodyView view) {
        Body b = view.body();
        CadenceBody cadence = switch (b.getCadence()) {
            case Cadence.EveryYears every -> new CadenceBody("EVERY_YEARS", every.years(), null, null, every.german());
            case Cadence.TimesAYear times -> new CadenceBody("TIMES_A_YEAR", null, times.times(),
                    times.frequency().name(), times.german());
            case Cadence.Variable variable -> new CadenceBody("VARIABLE", null, null, null, variable.german());
        };
        ConveningBody convening = b.getConvening().map(rule -> switch (rule) {
            case ConveningRule.Fixed fixed -> new ConveningBody("FIXED", List.of(fixed.partner().toString()), null, null);
            case ConveningRule.Alternating alternating -> new ConveningBody("ALTERNATING",
                    alternating.parties().stream().map(Object::toString).toList(), null, null);
            case ConveningRule.Rotating rotating -> new ConveningBody("ROTATING",
                    rotating.parties().stream().map(Object::toString).toList(), rotating.years(),
                    rotating.from().toString());
        }).orElse(null);
        Status status = new Status(view.date().toString(), view.members().stream().map(MemberBody::from).toList(),
                view.compositionGaps(), view.lastMeeting().map(LocalDate::toString).orElse(null),
                view.nextMeetingDue().map(LocalDate::toString).orElse(null), view.overdue(),
                view.nextConvener().map(c -> new Convener(c.partnerId().toString(), c.reason())).orElse(null));
        return new BodyResponse(b.getId().toString(), b.getNetworkId().toString(),
                new Kind(b.getKind().name(), b.getKind().label()), b.getName(),
                b.getParentId().map(Object::toString).orElse(null), b.getEstablishedOn().toString(),
                b.getTemporaryUntil().map(LocalDate::toString).orElse(null),
                b.getFormats().stream().map(MeetingFormat::name).sorted().toList(), b.isMinutesRequired(),
                new DecisionRuleBody(b.getDecisionRule().kind().name(), b.getDecisionRule().quorumPercent().orElse(null),
                        b.getDecisionRule().german()), cadence, b.getRequiredTopics(),
                b.getResponsibilities().orElse(null),
                new CompositionBody(b.getComposition().maxElectedSeats().orElse(null),
                        b.getComposition().speakerOfEachWorkingGroup(),
                        b.getComposition().reservedFor().stream().map(Object::toString).toList(),
                        b.getComposition().memberFromEachChildGroup()),
                convening, b.getElectionRules().map(e -> new ElectionBody(e.electorate().map(Object::toString).orElse(null), e.termYears(),
                        e.maxConsecutiveTerms().orElse(null))).orElse(null),
                b.getSeats().stream().map(SeatBody::from).toList(), status, b.getVersion());
    }
}
