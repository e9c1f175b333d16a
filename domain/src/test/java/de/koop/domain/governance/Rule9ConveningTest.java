package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule 9: who convenes, chairs and minutes a meeting: a fixed partner, the parties in turn from meeting
 * to meeting, or a management rotating every N years (nrw § 3(3), nordsachsen § 3).
 */
class Rule9ConveningTest {

    private final PartnerId kreis = PartnerId.newId();
    private final PartnerId landschaftsverband = PartnerId.newId();
    private final PartnerId stadt = PartnerId.newId();

    @Nested
    class Fixed {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 17})
        void theSamePartnerConvenesEveryMeeting(int meetingNumber) {
            ConveningRule rule = new ConveningRule.Fixed(kreis);

            var responsibility = rule.responsibleFor(meetingNumber, date("2025-03-01").plusYears(meetingNumber));

            assertThat(responsibility.partnerId()).isEqualTo(kreis);
            assertThat(responsibility.reason()).isEqualTo("feste Zuständigkeit");
        }

        @Test
        void needsAPartner() {
            assertThat(invalid(() -> new ConveningRule.Fixed(null)).field()).isEqualTo("convening.parties");
        }
    }

    @Nested
    class AlternatingByMeetingNumber {

        private final ConveningRule rule = new ConveningRule.Alternating(List.of(kreis, landschaftsverband));

        @Test
        void theFirstPartyConvenesTheFirstMeeting() {
            assertThat(rule.responsibleFor(1, date("2025-01-01")).partnerId()).isEqualTo(kreis);
        }

        @Test
        void theSecondPartyConvenesTheSecondMeeting() {
            assertThat(rule.responsibleFor(2, date("2025-01-01")).partnerId()).isEqualTo(landschaftsverband);
        }

        @Test
        void theFirstPartyConvenesTheThirdMeetingAgain() {
            assertThat(rule.responsibleFor(3, date("2025-01-01")).partnerId()).isEqualTo(kreis);
        }

        @Test
        void theDateDoesNotMatter() {
            assertThat(rule.responsibleFor(2, date("2020-01-01")).partnerId())
                    .isEqualTo(rule.responsibleFor(2, date("2030-01-01")).partnerId());
        }

        @Test
        void threePartiesTakeTurnsInTheOrderListed() {
            ConveningRule three = new ConveningRule.Alternating(List.of(kreis, landschaftsverband, stadt));

            assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream()
                    .map(n -> three.responsibleFor(n, date("2025-01-01")).partnerId()).toList())
                    .containsExactly(kreis, landschaftsverband, stadt, kreis, landschaftsverband, stadt, kreis);
        }

        @Test
        void theReasonNamesTheTurnInGerman() {
            assertThat(rule.responsibleFor(3, date("2025-01-01")).reason())
                    .isEqualTo("im Wechsel: Sitzung 3, 1. von 2 Parteien");
        }
    }

    @Nested
    class RotatingEveryTwoYears {

        private final ConveningRule rule =
                new ConveningRule.Rotating(List.of(kreis, landschaftsverband), 2, date("2021-01-01"));

        @ParameterizedTest(name = "{0} -> party {1}")
        @CsvSource({
                "2021-01-01, 1",
                "2022-12-31, 1",
                "2023-01-01, 2",
                "2024-12-31, 2",
                "2025-01-01, 1",
                "2027-01-01, 2",
        })
        void theManagementPassesEveryTwoYears(LocalDate date, int party) {
            PartnerId expected = party == 1 ? kreis : landschaftsverband;

            assertThat(rule.responsibleFor(1, date).partnerId()).isEqualTo(expected);
        }

        @Test
        void theMeetingNumberDoesNotMatter() {
            assertThat(rule.responsibleFor(1, date("2023-06-01")).partnerId()).isEqualTo(landschaftsverband);
            assertThat(rule.responsibleFor(2, date("2023-06-01")).partnerId()).isEqualTo(landschaftsverband);
        }

        @Test
        void beforeTheStartTheFirstPartyIsResponsible() {
            assertThat(rule.responsibleFor(1, date("2020-06-01")).partnerId()).isEqualTo(kreis);
        }

        @Test
        void theReasonNamesThePeriodInGerman() {
            assertThat(rule.responsibleFor(1, date("2023-06-01")).reason())
                    .isEqualTo("Geschäftsführung wechselt alle 2 Jahre; seit 2023-01-01 bei der 2. von 2 Parteien");
        }

        @Test
        void yearsAndStartAreRequired() {
            assertThat(invalid(() -> new ConveningRule.Rotating(List.of(kreis, stadt), 0, date("2021-01-01"))).field())
                    .isEqualTo("convening.years");
            assertThat(invalid(() -> new ConveningRule.Rotating(List.of(kreis, stadt), 2, null)).field())
                    .isEqualTo("convening.from");
        }
    }

    /** The body's next convener is the one of the next meeting still to be planned, not of the next one held. */
    @Nested
    class NextConvenerOfTheBody {

        private final ConveningRule alternating = new ConveningRule.Alternating(List.of(kreis, landschaftsverband, stadt));

        @ParameterizedTest(name = "{0} meetings planned -> party {1}")
        @CsvSource({
                "0, 1",
                "1, 2",
                "2, 3",
                "3, 1",
                "4, 2",
        })
        void alternatingCountsEveryMeetingAlreadyPlanned(int planned, int party) {
            Body body = body().convening(alternating).build();
            List<Meeting> meetings = new java.util.ArrayList<>();
            for (int n = 1; n <= planned; n++) {
                meetings.add(Governance.schedule(body, n, "2026-0" + (n + 2) + "-10T10:00"));
            }

            var next = body.nextConvener(meetings, date("2026-01-15"));

            assertThat(next).map(ConveningRule.Responsibility::partnerId)
                    .contains(List.of(kreis, landschaftsverband, stadt).get(party - 1));
        }

        @Test
        void heldAndPlannedMeetingsCountAlike() {
            Body body = body().convening(alternating).build();
            Meeting held = Governance.schedule(body, 1, "2025-03-10T10:00");
            held.invite(Governance.members("Anna Schmidt"), List.of());
            held.recordHeld(List.of("Anna Schmidt"));
            Meeting planned = Governance.schedule(body, 2, "2026-03-10T10:00");

            assertThat(body.nextConvener(List.of(held, planned), date("2026-01-15")))
                    .map(ConveningRule.Responsibility::partnerId).contains(stadt);
        }

        @ParameterizedTest(name = "last planned {0}, cadence yearly: asked {1} -> party {2}")
        @CsvSource({
                // the management passes from the first to the second party on 2027-01-01
                ",           2026-06-15, 1",
                ",           2027-01-01, 2",
                "2025-12-31, 2026-06-15, 1",
                "2026-01-01, 2026-06-15, 2",
                "2027-02-28, 2026-06-15, 2",
                "2028-02-29, 2026-06-15, 1",
        })
        void aRotationDependsOnTheDayTheNextMeetingToBePlannedComesDue(LocalDate lastPlanned, LocalDate asked,
                                                                       int party) {
            ConveningRule rotating = new ConveningRule.Rotating(List.of(kreis, landschaftsverband), 2,
                    date("2025-01-01"));
            // established so that without meetings the first one is due on 2026-01-01 (cadence yearly)
            Body body = body().establishedOn("2025-01-01").cadence(new Cadence.EveryYears(1)).convening(rotating).build();
            List<Meeting> meetings = lastPlanned == null ? List.of()
                    : List.of(Governance.schedule(body, 1, lastPlanned + "T10:00"));

            var next = body.nextConvener(meetings, asked);

            assertThat(next).map(ConveningRule.Responsibility::partnerId)
                    .contains(party == 1 ? kreis : landschaftsverband);
        }

        @ParameterizedTest(name = "last planned {0}, no cadence -> party {1}")
        @CsvSource({
                "2026-12-30, 1",
                "2026-12-31, 2",
        })
        void withoutCadenceTheNextMeetingFollowsTheLastPlannedOne(LocalDate lastPlanned, int party) {
            ConveningRule rotating = new ConveningRule.Rotating(List.of(kreis, landschaftsverband), 2,
                    date("2025-01-01"));
            Body body = body().establishedOn("2025-01-01").convening(rotating).build();

            var next = body.nextConvener(List.of(Governance.schedule(body, 1, lastPlanned + "T10:00")),
                    date("2026-06-15"));

            assertThat(next).map(ConveningRule.Responsibility::partnerId)
                    .contains(party == 1 ? kreis : landschaftsverband);
        }

        @Test
        void aBodyWithoutConveningRuleHasNoNextConvener() {
            Body body = body().build();

            assertThat(body.nextConvener(List.of(Governance.schedule(body, 1, "2026-03-10T10:00")), date("2026-01-15")))
                    .isEmpty();
        }
    }

    @Test
    void alternatingNeedsAtLeastTwoParties() {
        assertThat(invalid(() -> new ConveningRule.Alternating(List.of(kreis))).field())
                .isEqualTo("convening.parties");
        assertThat(invalid(() -> new ConveningRule.Alternating(List.of())).field()).isEqualTo("convening.parties");
        assertThat(invalid(() -> new ConveningRule.Alternating(null)).field()).isEqualTo("convening.parties");
    }

    @Test
    void rotatingNeedsAtLeastTwoParties() {
        assertThat(invalid(() -> new ConveningRule.Rotating(List.of(kreis), 2, date("2021-01-01"))).field())
                .isEqualTo("convening.parties");
    }

    @Test
    void aBodyKeepsItsConveningRuleAndTheMeetingItsConvener() {
        ConveningRule alternating = new ConveningRule.Alternating(List.of(kreis, landschaftsverband));
        Body planning = body().kind(BodyKind.PLANNING_BODY).convening(alternating).build();
        var responsibility = planning.getConvening().orElseThrow().responsibleFor(2, date("2025-03-01"));

        Meeting meeting = Meeting.schedule(de.koop.domain.shared.MeetingId.newId(), planning, 2,
                Governance.at("2025-03-01T10:00"), null, MeetingFormat.IN_PERSON, null, responsibility, List.of());

        assertThat(meeting.getConvener()).map(ConveningRule.Responsibility::partnerId).contains(landschaftsverband);
    }

    @Test
    void meetingsAreCountedFromOne() {
        var rule = new ConveningRule.Alternating(List.of(PartnerId.newId(), PartnerId.newId()));

        assertThat(invalid(() -> rule.responsibleFor(0, date("2025-01-01"))).field())
                .isEqualTo("meetingNumber");
    }
}
