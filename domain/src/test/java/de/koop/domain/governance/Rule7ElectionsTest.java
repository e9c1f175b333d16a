package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.candidate;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.invalid;
import static de.koop.domain.governance.Governance.seat;
import static de.koop.domain.governance.Governance.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule 7: seats are elected by a named electorate for a term; re-election is allowed, limited or not
 * allowed; bodies filled by appointment or readiness declaration hold no elections (leipzig § 3b,
 * nordsachsen § 2).
 */
class Rule7ElectionsTest {

    private static final BodyId CONFERENCE = BodyId.newId();

    /** Leipzig § 3b: elected at the conference for one year, re-election possible. */
    private static Body leipzigSteeringGroup() {
        return body().kind(BodyKind.STEERING_GROUP).name("Steuerungsgruppe").elections(CONFERENCE, 1, null).build();
    }

    private static Body electedFor(int termYears, Integer maxConsecutiveTerms) {
        return body().establishedOn("2015-01-01").elections(CONFERENCE, termYears, maxConsecutiveTerms).build();
    }

    /** Elects {@code name} alone on the first of March of each year given, one term after the other. */
    private static void heldTerms(Body body, String name, int... years) {
        for (int year : years) {
            body.elect(date(year + "-03-01"), 1, List.of(candidate(name, 1)));
        }
    }

    @Test
    void theCandidatesWithTheMostVotesWin() {
        Body steering = leipzigSteeringGroup();

        List<Seat> elected = steering.elect(date("2024-03-01"), 2,
                List.of(candidate("Clara", 5), candidate("Anton", 12), candidate("Berta", 9), candidate("Dieter", 1)));

        assertThat(elected).extracting(Seat::holderName).containsExactlyInAnyOrder("Anton", "Berta");
        assertThat(elected).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(SeatBasis.ELECTED);
            assertThat(s.role()).isEqualTo(SeatRole.MEMBER);
            assertThat(s.from()).isEqualTo(date("2024-03-01"));
        });
        assertThat(steering.seatsOn(date("2024-03-01"))).extracting(Seat::holderName)
                .containsExactlyInAnyOrder("Anton", "Berta");
    }

    @Test
    void theElectedSeatKeepsTheCandidatesPersonAndPartner() {
        Body steering = leipzigSteeringGroup();
        PersonId person = PersonId.newId();
        PartnerId partner = PartnerId.newId();

        List<Seat> elected = steering.elect(date("2024-03-01"), 1,
                List.of(new Candidate("Anton", Optional.of(person), Optional.of(partner), 3)));

        assertThat(elected).singleElement().satisfies(s -> {
            assertThat(s.personId()).contains(person);
            assertThat(s.onBehalfOf()).contains(partner);
        });
    }

    @ParameterizedTest(name = "elected {0} for {1} year(s) -> last day {2}")
    @CsvSource({
            "2024-03-01, 1, 2025-02-28",
            "2023-03-01, 1, 2024-02-29",
            "2024-01-01, 1, 2024-12-31",
            "2024-06-15, 2, 2026-06-14",
            "2025-12-31, 2, 2027-12-30",
            "2021-01-01, 10, 2030-12-31",
    })
    void theTermEndsTheDayBeforeTheAnniversary(LocalDate electedOn, int termYears, LocalDate lastDay) {
        Body body = body().establishedOn("2020-01-01").elections(CONFERENCE, termYears, null).build();

        List<Seat> elected = body.elect(electedOn, 1, List.of(candidate("Anton", 3)));

        assertThat(elected).singleElement().satisfies(s -> assertThat(s.until()).contains(lastDay));
        assertThat(body.seatsOn(lastDay)).hasSize(1);
        assertThat(body.seatsOn(lastDay.plusDays(1))).isEmpty();
    }

    @Test
    void aTieAtTheLastSeatIsRefused() {
        Body steering = leipzigSteeringGroup();

        var e = violation(() -> steering.elect(date("2024-03-01"), 2,
                List.of(candidate("Anton", 10), candidate("Berta", 7), candidate("Clara", 7))));

        assertThat(e.rule()).isEqualTo(RuleCode.ELECTION_TIE);
        assertThat(e.getMessage()).contains("Berta").contains("Clara");
        assertThat(steering.getSeats()).isEmpty();
    }

    @Test
    void aTieAmongTheWinnersIsNoProblem() {
        Body steering = leipzigSteeringGroup();

        List<Seat> elected = steering.elect(date("2024-03-01"), 2,
                List.of(candidate("Anton", 7), candidate("Berta", 7), candidate("Clara", 3)));

        assertThat(elected).extracting(Seat::holderName).containsExactlyInAnyOrder("Anton", "Berta");
    }

    @Test
    void aTieBelowTheLastSeatIsNoProblem() {
        Body steering = leipzigSteeringGroup();

        List<Seat> elected = steering.elect(date("2024-03-01"), 1,
                List.of(candidate("Anton", 9), candidate("Berta", 3), candidate("Clara", 3)));

        assertThat(elected).extracting(Seat::holderName).containsExactly("Anton");
    }

    @Test
    void asManyCandidatesAsSeatsAreAllElectedEvenWithEqualVotes() {
        Body steering = leipzigSteeringGroup();

        List<Seat> elected = steering.elect(date("2024-03-01"), 2,
                List.of(candidate("Anton", 4), candidate("Berta", 4)));

        assertThat(elected).hasSize(2);
    }

    @Test
    void reElectionIsNotAllowedWhenOnlyOneTermIsAllowed() {
        Body body = electedFor(2, 1);
        heldTerms(body, "Bisherige", 2022);

        var e = invalid(() -> body.elect(date("2024-03-01"), 1,
                List.of(candidate("Neu", 3), candidate("Bisherige", 8))));

        assertThat(e.field()).isEqualTo("candidates[1]");
        assertThat(e.reason()).contains("Bisherige").contains("Wiederwahl");
        assertThat(body.getSeats()).hasSize(1);
    }

    @Test
    void aFirstTermIsAllowedWhenOnlyOneTermIsAllowed() {
        Body body = electedFor(2, 1);

        List<Seat> elected = body.elect(date("2024-03-01"), 1, List.of(candidate("Neu", 3)));

        assertThat(elected).hasSize(1);
    }

    @Test
    void consecutiveTermsAreLimitedToTheConfiguredNumber() {
        Body body = electedFor(1, 3);
        heldTerms(body, "Dreimal", 2021, 2022, 2023);
        heldTerms(body, "Zweimal", 2016, 2017, 2018); // three terms, then more than a year out of office

        var e = invalid(() -> body.elect(date("2024-03-01"), 1,
                List.of(candidate("Zweimal", 5), candidate("Dreimal", 2))));

        assertThat(e.field()).isEqualTo("candidates[1]");
        assertThat(e.reason()).contains("3");
    }

    @Test
    void moreThanAYearOutOfOfficeStartsTheCountOfTermsAnew() {
        Body body = electedFor(1, 1);
        heldTerms(body, "Rückkehrerin", 2021);
        heldTerms(body, "Nahtlos", 2023);

        var e = invalid(() -> body.elect(date("2024-03-01"), 1, List.of(candidate("Nahtlos", 5))));
        List<Seat> elected = body.elect(date("2024-03-01"), 1, List.of(candidate("Rückkehrerin", 5)));

        assertThat(e.reason()).contains("Wiederwahl");
        assertThat(elected).extracting(Seat::holderName).containsExactly("Rückkehrerin");
    }

    @Test
    void aCandidateBelowTheLimitMayStandAgain() {
        Body body = electedFor(1, 3);
        heldTerms(body, "Zweimal", 2022, 2023);

        List<Seat> elected = body.elect(date("2024-03-01"), 1, List.of(candidate("Zweimal", 5)));

        assertThat(elected).extracting(Seat::holderName).containsExactly("Zweimal");
    }

    @Test
    void withoutALimitReElectionIsAlwaysAllowed() {
        Body body = electedFor(1, null);
        heldTerms(body, "Dauerbrenner", 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023);

        List<Seat> elected = body.elect(date("2024-03-01"), 1, List.of(candidate("Dauerbrenner", 5)));

        assertThat(elected).hasSize(1);
    }

    @Test
    void aReElectedMemberFollowsOnDirectlyAfterTheirTerm() {
        Body steering = leipzigSteeringGroup();
        steering.elect(date("2024-03-01"), 1, List.of(candidate("Anton", 5)));

        steering.elect(date("2025-03-01"), 1, List.of(candidate("Anton", 5)));

        assertThat(steering.getSeats()).hasSize(2);
        assertThat(steering.seatsOn(date("2025-02-28"))).singleElement()
                .satisfies(s -> assertThat(s.until()).contains(date("2025-02-28")));
        assertThat(steering.seatsOn(date("2025-03-01"))).singleElement()
                .satisfies(s -> assertThat(s.until()).contains(date("2026-02-28")));
    }

    @Test
    void aMemberWhoseTermStillRunsCannotBeElectedAgain() {
        Body steering = leipzigSteeringGroup();
        steering.elect(date("2024-03-01"), 1, List.of(candidate("Anton", 5)));

        var e = violation(() -> steering.elect(date("2024-09-01"), 1, List.of(candidate("Anton", 5))));

        assertThat(e.rule()).isEqualTo(RuleCode.PERSON_ALREADY_SEATED);
        assertThat(steering.getSeats()).hasSize(1);
    }

    @Test
    void aBodyWithoutElectionRulesRefusesElections() {
        Body subGroup = body().name("UAG Senioren").build();

        var e = violation(() -> subGroup.elect(date("2024-03-01"), 1, List.of(candidate("Anton", 5))));

        assertThat(e.rule()).isEqualTo(RuleCode.BODY_NOT_ELECTED);
        assertThat(subGroup.getSeats()).isEmpty();
    }

    @Test
    void fewerCandidatesThanSeatsAreRefused() {
        Body steering = leipzigSteeringGroup();

        var e = invalid(() -> steering.elect(date("2024-03-01"), 3,
                List.of(candidate("Anton", 5), candidate("Berta", 4))));

        assertThat(e.field()).isEqualTo("candidates");
        assertThat(steering.getSeats()).isEmpty();
    }

    @Test
    void zeroSeatsToFillAreRefused() {
        Body steering = leipzigSteeringGroup();

        var e = invalid(() -> steering.elect(date("2024-03-01"), 0, List.of(candidate("Anton", 5))));

        assertThat(e.field()).isEqualTo("seatsToFill");
    }

    @Test
    void anElectionAfterATemporaryBodyEndedIsRefused() {
        Body temporary = body().temporaryUntil("2024-12-31").elections(CONFERENCE, 1, null).build();

        var e = violation(() -> temporary.elect(date("2025-01-01"), 1, List.of(candidate("Anton", 5))));

        assertThat(e.rule()).isEqualTo(RuleCode.BODY_NOT_ACTIVE);
    }

    @Test
    void appointedAndElectedSeatsCoexist() {
        Body steering = leipzigSteeringGroup();
        steering.appoint(seat("Pflegekoordination").build());

        steering.elect(date("2024-03-01"), 1, List.of(candidate("Anton", 5)));

        assertThat(steering.seatsOn(date("2024-03-01"))).extracting(Seat::basis)
                .containsExactlyInAnyOrder(SeatBasis.APPOINTED, SeatBasis.ELECTED);
    }

    @Test
    void electionRulesValidateTheirValues() {
        assertThat(new ElectionRules(Optional.empty(), 2, Optional.empty()).electorate())
                .as("no electorate: each child group elects its own representatives").isEmpty();
        assertThat(invalid(() -> new ElectionRules(Optional.of(CONFERENCE), 0, Optional.empty())).field())
                .isEqualTo("election.termYears");
        assertThat(invalid(() -> new ElectionRules(Optional.of(CONFERENCE), 11, Optional.empty())).field())
                .isEqualTo("election.termYears");
        assertThat(invalid(() -> new ElectionRules(Optional.of(CONFERENCE), 1, Optional.of(0))).field())
                .isEqualTo("election.maxConsecutiveTerms");
    }

    @Test
    void candidatesCannotHaveNegativeVotes() {
        assertThat(invalid(() -> candidate("Anton", -1)).field()).isEqualTo("votes");
    }
}
