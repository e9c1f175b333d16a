package de.koop.domain.agreement;

import static de.koop.domain.agreement.Agreements.NRW_TERM;
import static de.koop.domain.agreement.Agreements.agreement;
import static de.koop.domain.agreement.Agreements.changeNeeded;
import static de.koop.domain.agreement.Agreements.date;
import static de.koop.domain.agreement.Agreements.invalid;
import static de.koop.domain.agreement.Agreements.noChangeNeeded;
import static de.koop.domain.agreement.Agreements.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 4: unlimited, or a fixed term from a defined start, reviewed before it ends, renewed or continued. */
class Rule4TermAndRenewalTest {

    private static Term.Fixed fixed(int years, TermStart start, int reviewMonthsBefore) {
        return new Term.Fixed(years, start, reviewMonthsBefore, RenewalRule.RENEW_UNLESS_CHANGE_NEEDED);
    }

    /** NRW § 17: signed and in force on 15 March 2024; five years from the end of 2024, review six months before. */
    private static Agreement nrw() {
        return agreement().term(NRW_TERM).termination(Agreements.SIX_MONTHS_TO_YEAR_END).successorRequired()
                .concludedOn("2024-03-15").build();
    }

    @Nested
    class FixedTerm {

        @ParameterizedTest(name = "{0} years from {1} ({2}) end on {3}")
        @CsvSource({
                "5, EFFECTIVE_DATE,        2024-03-01, 2029-02-28",
                "1, EFFECTIVE_DATE,        2024-01-01, 2024-12-31",
                "1, EFFECTIVE_DATE,        2023-03-01, 2024-02-29",
                "4, EFFECTIVE_DATE,        2024-02-29, 2028-02-28",
                "1, EFFECTIVE_DATE,        2024-02-29, 2025-02-28",
                "2, EFFECTIVE_DATE,        2024-02-29, 2026-02-28",
                "2, EFFECTIVE_DATE,        2025-07-15, 2027-07-14",
                "5, END_OF_EFFECTIVE_YEAR, 2024-03-15, 2029-12-31",
                "5, END_OF_EFFECTIVE_YEAR, 2024-01-01, 2029-12-31",
                "5, END_OF_EFFECTIVE_YEAR, 2024-12-31, 2029-12-31",
                "1, END_OF_EFFECTIVE_YEAR, 2024-02-29, 2025-12-31",
        })
        void theFirstTermEndsOnItsLastDay(int years, TermStart start, LocalDate effective, LocalDate expected) {
            assertThat(fixed(years, start, 0).firstTermEnd(effective)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "a {0}-year term ending {1} is followed by one ending {2}")
        @CsvSource({
                "5, 2029-12-31, 2034-12-31",
                "5, 2029-02-28, 2034-02-28",
                "1, 2024-02-29, 2025-02-28",
                "4, 2028-02-28, 2032-02-28",
        })
        void theNextTermHasTheSameLength(int years, LocalDate termEnd, LocalDate expected) {
            assertThat(fixed(years, TermStart.EFFECTIVE_DATE, 0).nextTermEnd(termEnd)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "review {1} months before {0}: {2}")
        @CsvSource({
                "2029-12-31, 6,  2029-06-30",
                "2029-02-28, 6,  2028-08-28",
                "2028-08-31, 6,  2028-02-29",
                "2029-12-31, 0,  2029-12-31",
                "2029-12-31, 60, 2024-12-31",
        })
        void theReviewIsDueTheGivenMonthsBeforeTheTermEnds(LocalDate termEnd, int monthsBefore, LocalDate expected) {
            assertThat(fixed(5, TermStart.EFFECTIVE_DATE, monthsBefore).reviewDue(termEnd)).isEqualTo(expected);
        }

        @Test
        void refusesYearsOutsideOneToFifty() {
            assertThat(invalid(() -> fixed(0, TermStart.EFFECTIVE_DATE, 0)).field()).isEqualTo("term.years");
            assertThat(invalid(() -> fixed(51, TermStart.EFFECTIVE_DATE, 0)).field()).isEqualTo("term.years");
            assertThat(fixed(1, TermStart.EFFECTIVE_DATE, 0).years()).isEqualTo(1);
            assertThat(fixed(50, TermStart.EFFECTIVE_DATE, 0).years()).isEqualTo(50);
        }

        @Test
        void refusesAReviewBeforeTheTermBeganOrAfterItEnded() {
            assertThat(invalid(() -> fixed(5, TermStart.EFFECTIVE_DATE, -1)).field())
                    .isEqualTo("term.reviewMonthsBefore");
            assertThat(invalid(() -> fixed(2, TermStart.EFFECTIVE_DATE, 25)).field())
                    .isEqualTo("term.reviewMonthsBefore");
            assertThat(fixed(2, TermStart.EFFECTIVE_DATE, 24).reviewMonthsBefore()).isEqualTo(24);
        }

        @Test
        void refusesAMissingStart() {
            assertThat(invalid(() -> new Term.Fixed(5, null, 6, RenewalRule.NONE)).field()).isEqualTo("term.start");
        }
    }

    @Nested
    class Unlimited {

        @Test
        void neverEndsNeverExpiresAndNeedsNoReview() {
            Agreement leipzig = agreement().effectiveOn("2021-02-01").build();

            assertThat(leipzig.termOn(date("2099-12-31")))
                    .isEqualTo(new TermStatus(Optional.empty(), Optional.empty(), false, false, false));
            assertThat(leipzig.isInForceOn(date("2099-12-31"))).isTrue();
        }

        @Test
        void cannotBeReviewed() {
            Agreement leipzig = agreement().effectiveOn("2021-02-01").build();

            assertThat(violation(() -> leipzig.recordReview(noChangeNeeded("2025-01-01"))).rule())
                    .isEqualTo(RuleCode.AGREEMENT_WITHOUT_REVIEW);
        }
    }

    @Nested
    class RenewedUnlessChangeNeeded {

        @Test
        void runsFiveYearsFromTheEndOfTheYearItTookEffect() {
            TermStatus status = nrw().termOn(date("2025-01-01"));

            assertThat(status.termEnd()).contains(date("2029-12-31"));
            assertThat(status.reviewDue()).contains(date("2029-06-30"));
            assertThat(status.reviewOverdue()).isFalse();
            assertThat(status.continuesUntilSuccessor()).isFalse();
            assertThat(status.expired()).isFalse();
        }

        @Test
        void theReviewIsOverdueOnlyAfterItsDueDay() {
            Agreement nrw = nrw();

            assertThat(nrw.termOn(date("2029-06-30")).reviewOverdue()).isFalse();
            assertThat(nrw.termOn(date("2029-07-01")).reviewOverdue()).isTrue();
        }

        @Test
        void withoutAReviewTheTermEndsOverdueButTheAgreementStaysInForce() {
            Agreement nrw = nrw();

            TermStatus status = nrw.termOn(date("2030-03-01"));

            assertThat(status.termEnd()).contains(date("2029-12-31"));
            assertThat(status.reviewOverdue()).isTrue();
            assertThat(status.expired()).isFalse();
            assertThat(nrw.isInForceOn(date("2030-03-01"))).isTrue();
        }

        @Test
        void aReviewFindingNoNeedToChangeRenewsForTheSameLengthFromTheDayItWasHeld() {
            Agreement nrw = nrw();

            nrw.recordReview(noChangeNeeded("2029-05-10"));

            assertThat(nrw.termOn(date("2029-05-09")).termEnd()).contains(date("2029-12-31"));
            TermStatus renewed = nrw.termOn(date("2029-05-10"));
            assertThat(renewed.termEnd()).contains(date("2034-12-31"));
            assertThat(renewed.reviewDue()).contains(date("2034-06-30"));
            assertThat(renewed.reviewOverdue()).isFalse();
            assertThat(nrw.termOn(date("2030-03-01")).reviewOverdue()).isFalse();
            assertThat(nrw.getReviews()).containsExactly(noChangeNeeded("2029-05-10"));
        }

        @Test
        void aSecondReviewWithinAnAlreadyRenewedTermIsRefusedAndChangesNothing() {
            Agreement nrw = nrw();
            nrw.recordReview(noChangeNeeded("2029-05-10"));

            RuleViolationException refused = violation(() -> nrw.recordReview(changeNeeded("2029-09-01")));

            assertThat(refused.rule()).isEqualTo(RuleCode.TERM_ALREADY_REVIEWED);
            assertThat(nrw.getReviews()).hasSize(1);
            assertThat(nrw.termOn(date("2035-01-01")).termEnd()).contains(date("2034-12-31"));
            assertThat(nrw.termOn(date("2035-01-01")).reviewOverdue()).isTrue();
        }

        @Test
        void aReviewInTheRenewedTermRenewsAgain() {
            Agreement nrw = nrw();
            nrw.recordReview(noChangeNeeded("2029-05-10"));

            nrw.recordReview(noChangeNeeded("2034-03-01"));

            assertThat(nrw.termOn(date("2034-03-01")).termEnd()).contains(date("2039-12-31"));
            assertThat(nrw.termOn(date("2034-03-01")).reviewDue()).contains(date("2039-06-30"));
        }

        @Test
        void aReviewAfterTheTermRanOutStillRenewsFromTheOldEnd() {
            Agreement nrw = nrw();

            nrw.recordReview(noChangeNeeded("2030-02-01"));

            assertThat(nrw.termOn(date("2030-02-01")).termEnd()).contains(date("2034-12-31"));
            assertThat(nrw.termOn(date("2030-02-01")).reviewOverdue()).isFalse();
        }

        @Test
        void aTermCountedFromTheEffectiveDateRenewsFromTheDayAfterItsEnd() {
            Agreement agreement = agreement().term(fixed(5, TermStart.EFFECTIVE_DATE, 6)).concludedOn("2024-02-20")
                    .effectiveOn("2024-03-01").build();
            assertThat(agreement.termOn(date("2024-03-01")).reviewDue()).contains(date("2028-08-28"));

            agreement.recordReview(noChangeNeeded("2028-09-01"));

            assertThat(agreement.termOn(date("2028-09-01")).termEnd()).contains(date("2034-02-28"));
            assertThat(agreement.termOn(date("2028-09-01")).reviewDue()).contains(date("2033-08-28"));
        }

        @Test
        void aReviewFindingANeedToChangeKeepsItInForceUntilASuccessorReplacesIt() {
            Agreement nrw = nrw();

            nrw.recordReview(changeNeeded("2029-05-10"));

            assertThat(nrw.termOn(date("2029-05-09")).termEnd()).contains(date("2029-12-31"));
            TermStatus status = nrw.termOn(date("2040-01-01"));
            assertThat(status.continuesUntilSuccessor()).isTrue();
            assertThat(status.termEnd()).isEmpty();
            assertThat(status.reviewDue()).isEmpty();
            assertThat(status.reviewOverdue()).isFalse();
            assertThat(status.expired()).isFalse();
            assertThat(nrw.isInForceOn(date("2040-01-01"))).isTrue();
        }

        @Test
        void noFurtherReviewIsRecordedWhileAwaitingTheSuccessor() {
            Agreement nrw = nrw();
            nrw.recordReview(changeNeeded("2029-05-10"));

            assertThat(violation(() -> nrw.recordReview(noChangeNeeded("2029-06-01"))).rule())
                    .isEqualTo(RuleCode.AGREEMENT_AWAITING_SUCCESSOR);
            assertThat(nrw.getReviews()).hasSize(1);
        }

        @Test
        void refusesAReviewBeforeTheAgreementTookEffect() {
            Agreement nrw = nrw();

            assertThat(invalid(() -> nrw.recordReview(noChangeNeeded("2024-03-14"))).field()).isEqualTo("heldOn");
            assertThat(nrw.getReviews()).isEmpty();
        }

        @Test
        void refusesAReviewBeforeTheLastRecordedOne() {
            Agreement nrw = nrw();
            nrw.recordReview(noChangeNeeded("2029-05-10"));

            assertThat(invalid(() -> nrw.recordReview(noChangeNeeded("2029-05-09"))).field()).isEqualTo("heldOn");
        }
    }

    @Nested
    class EndingWithItsTerm {

        private Agreement twoYears() {
            return agreement().term(new Term.Fixed(2, TermStart.EFFECTIVE_DATE, 0, RenewalRule.NONE))
                    .concludedOn("2024-02-20").effectiveOn("2024-03-01").build();
        }

        @Test
        void isInForceUpToAndIncludingTheLastDayOfTheTerm() {
            Agreement agreement = twoYears();

            TermStatus lastDay = agreement.termOn(date("2026-02-28"));
            assertThat(lastDay.termEnd()).contains(date("2026-02-28"));
            assertThat(lastDay.expired()).isFalse();
            assertThat(agreement.isInForceOn(date("2026-02-28"))).isTrue();
        }

        @Test
        void expiresTheDayAfter() {
            Agreement agreement = twoYears();

            assertThat(agreement.termOn(date("2026-03-01")).expired()).isTrue();
            assertThat(agreement.isInForceOn(date("2026-03-01"))).isFalse();
            assertThat(agreement.versionInForceOn(date("2026-03-01"))).isPresent();
        }

        @Test
        void needsNoReview() {
            Agreement agreement = twoYears();

            assertThat(agreement.termOn(date("2026-01-01")).reviewDue()).isEmpty();
            assertThat(agreement.termOn(date("2026-01-01")).reviewOverdue()).isFalse();
            assertThat(violation(() -> agreement.recordReview(noChangeNeeded("2025-12-01"))).rule())
                    .isEqualTo(RuleCode.AGREEMENT_WITHOUT_REVIEW);
        }
    }
}
