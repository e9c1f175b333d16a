package de.koop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.TerminationPreviewQuery.TerminationPreview;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Review;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgreementSentencesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Nested
    class TermSentences {

        @Test
        void anUnlimitedAgreementSaysSoAndHasNoTermToReport() {
            Agreement agreement = agreement(new Term.Unlimited(), new TerminationRule.AnyTime(),
                    false, LocalDate.of(2021, 2, 1));

            assertThat(AgreementSentences.term(agreement)).containsExactly("Die Vereinbarung gilt unbefristet.");
            assertThat(AgreementSentences.termOn(agreement, DAY)).isEmpty();
        }

        @Test
        void aTermCountedFromTheEndOfTheYearThatRenewsOnReviewIsExplainedWithItsReview() {
            Agreement agreement = nrwCooperation();

            assertThat(AgreementSentences.term(agreement)).containsExactly(
                    "Die Vereinbarung läuft 5 Jahre, gerechnet vom Ende des Jahres 2020, in dem sie in Kraft trat.",
                    "Vor dem Ende jeder Laufzeit überprüfen die Parteien die Vereinbarung. Ergibt die Überprüfung keinen "
                            + "Änderungsbedarf, verlängert sie sich um weitere 5 Jahre; ergibt sie Änderungsbedarf, gilt "
                            + "sie fort, bis eine Nachfolgevereinbarung sie ablöst.",
                    "Die Überprüfung ist spätestens am letzten Tag der Laufzeit fällig.");
        }

        @Test
        void aTermCountedFromTheEffectiveDateWithoutRenewalEndsWithIt() {
            Agreement agreement = agreement(new Term.Fixed(1, TermStart.EFFECTIVE_DATE, 0,
                    RenewalRule.NONE), new TerminationRule.AnyTime(), false, LocalDate.of(2026, 3, 1));

            assertThat(AgreementSentences.term(agreement)).containsExactly(
                    "Die Vereinbarung läuft ein Jahr ab ihrem Inkrafttreten am 01.03.2026.",
                    "Mit dem Ende der Laufzeit endet sie; eine Verlängerung ist nicht vorgesehen.");
            assertThat(AgreementSentences.termOn(agreement, DAY))
                    .containsExactly("Die laufende Laufzeit endet am 28.02.2027.");
            assertThat(AgreementSentences.termOn(agreement, LocalDate.of(2027, 3, 1)))
                    .containsExactly("Die Laufzeit ist am 28.02.2027 abgelaufen; die Vereinbarung gilt nicht mehr.");
        }

        @Test
        void aOneYearTermRenewsByAnotherYearAndIsReviewedAMonthBefore() {
            Agreement agreement = agreement(new Term.Fixed(1, TermStart.EFFECTIVE_DATE, 1,
                    RenewalRule.RENEW_UNLESS_CHANGE_NEEDED), new TerminationRule.AnyTime(), false,
                    LocalDate.of(2026, 3, 1));

            assertThat(AgreementSentences.term(agreement)).contains(
                    "Vor dem Ende jeder Laufzeit überprüfen die Parteien die Vereinbarung. Ergibt die Überprüfung keinen "
                            + "Änderungsbedarf, verlängert sie sich um ein weiteres Jahr; ergibt sie Änderungsbedarf, gilt "
                            + "sie fort, bis eine Nachfolgevereinbarung sie ablöst.",
                    "Die Überprüfung ist einen Monat vor dem Ende der Laufzeit fällig.");
            assertThat(AgreementSentences.termOn(agreement, DAY)).containsExactly(
                    "Die laufende Laufzeit endet am 28.02.2027.", "Die nächste Überprüfung ist am 28.01.2027 fällig.");
        }

        @Test
        void aReviewNotRecordedByItsDayIsOverdueAndTheEndedTermSaidInThePast() {
            Agreement agreement = nrwCooperation();

            assertThat(AgreementSentences.termOn(agreement, LocalDate.of(2025, 6, 1))).containsExactly(
                    "Die laufende Laufzeit endet am 31.12.2025.", "Die nächste Überprüfung ist am 31.12.2025 fällig.");
            assertThat(AgreementSentences.termOn(agreement, LocalDate.of(2026, 1, 10))).containsExactly(
                    "Die Laufzeit endete am 31.12.2025.",
                    "Die Überprüfung war am 31.12.2025 fällig und ist noch nicht erfasst.");
        }

        @Test
        void aReviewWithoutNeedToChangeRenewsTheTermAndOneWithNeedKeepsItUntilASuccessor() {
            Agreement renewed = nrwCooperation();
            renewed.recordReview(new Review(LocalDate.of(2025, 11, 20), false, Optional.empty()));
            Agreement awaiting = nrwCooperation();
            awaiting.recordReview(new Review(LocalDate.of(2025, 11, 20), true, Optional.empty()));

            assertThat(AgreementSentences.termOn(renewed, DAY)).containsExactly(
                    "Die laufende Laufzeit endet am 31.12.2030.", "Die nächste Überprüfung ist am 31.12.2030 fällig.");
            assertThat(AgreementSentences.termOn(awaiting, DAY)).containsExactly("Eine Überprüfung hat Änderungsbedarf "
                    + "festgestellt: Die Vereinbarung gilt fort, bis eine Nachfolgevereinbarung sie ablöst.");
        }
    }

    @Nested
    class TerminationSentences {

        @Test
        void atAnyTimeItTakesEffectOnReceiptOrTheLaterDayAskedFor() {
            Agreement agreement = agreement(new Term.Unlimited(), new TerminationRule.AnyTime(),
                    false, LocalDate.of(2021, 2, 1));

            assertThat(AgreementSentences.termination(agreement, DAY)).containsExactly("Jede Partei kann jederzeit "
                    + "kündigen. Die Kündigung wird mit ihrem Zugang wirksam oder zu einem späteren Tag, den die Partei "
                    + "nennt.");
        }

        @Test
        void excludedItEndsWithItsTermOrASuccessorOrWithoutATermOnlyWithASuccessor() {
            assertThat(AgreementSentences.termination(nrwCooperation(), DAY)).containsExactly("Eine ordentliche "
                    + "Kündigung ist ausgeschlossen. Die Vereinbarung endet mit ihrer Laufzeit oder wenn eine "
                    + "Nachfolgevereinbarung sie ablöst.");
            assertThat(AgreementSentences.termination(agreement(new Term.Unlimited(),
                    new TerminationRule.Excluded(), true, LocalDate.of(2021, 2, 1)), DAY)).containsExactly(
                    "Eine ordentliche Kündigung ist ausgeschlossen. Die Vereinbarung endet erst, wenn eine "
                            + "Nachfolgevereinbarung sie ablöst.");
        }

        @Test
        void withNoticeToTheEndOfAQuarterInWritingItNamesTheLastDayBoundForATerminationReceivedThatDay() {
            Agreement agreement = agreement(new Term.Unlimited(), new TerminationRule.WithNotice(
                    new NoticePeriod(3, ChronoUnit.MONTHS, PeriodEnd.QUARTER), true), true, LocalDate.of(2021, 2, 1));

            assertThat(AgreementSentences.termination(agreement, DAY)).containsExactly(
                    "Jede Partei kann kündigen. Die Kündigungsfrist beträgt drei Monate zum Quartalsende.",
                    "Die Kündigung muss schriftlich erfolgen.",
                    "Geht eine Kündigung am 03.12.2026 ein, ist die Partei bis einschließlich 31.03.2027 gebunden.",
                    "Nach einer Kündigung schließen die Parteien bis zu ihrem Wirksamwerden eine Nachfolgevereinbarung.");
        }

        @Test
        void withNoticeToTheEndOfTheCalendarYearOrTheMonth() {
            assertThat(AgreementSentences.termination(withNotice(6, PeriodEnd.CALENDAR_YEAR), DAY)).containsExactly(
                    "Jede Partei kann kündigen. Die Kündigungsfrist beträgt sechs Monate zum Ende des Kalenderjahres.",
                    "Geht eine Kündigung am 03.12.2026 ein, ist die Partei bis einschließlich 31.12.2027 gebunden.");
            assertThat(AgreementSentences.termination(withNotice(1, PeriodEnd.MONTH), DAY)).containsExactly(
                    "Jede Partei kann kündigen. Die Kündigungsfrist beträgt einen Monat zum Monatsende.",
                    "Geht eine Kündigung am 03.12.2026 ein, ist die Partei bis einschließlich 31.01.2027 gebunden.");
        }

        @Test
        void beforeTheAgreementTakesEffectNoExampleIsComputed() {
            Agreement agreement = agreement(new Term.Unlimited(), new TerminationRule.WithNotice(
                    new NoticePeriod(4, ChronoUnit.WEEKS, PeriodEnd.NONE), false), false, LocalDate.of(2027, 1, 1));

            assertThat(AgreementSentences.termination(agreement, DAY))
                    .containsExactly("Jede Partei kann kündigen. Die Kündigungsfrist beträgt vier Wochen.");
        }

        private static Agreement withNotice(int months, PeriodEnd end) {
            return agreement(new Term.Unlimited(), new TerminationRule.WithNotice(
                    new NoticePeriod(months, ChronoUnit.MONTHS, end), false), false, LocalDate.of(2021, 2, 1));
        }
    }

    /** Why a termination checked before it is recorded takes effect on its day. */
    @Nested
    class TerminationPreviewSentences {

        private static final TerminationRule SIX_MONTHS_TO_YEAR_END = new TerminationRule.WithNotice(
                new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR), true);

        @Test
        void withNoticeTheDayFollowsFromTheReceiptAndTheWrittenFormIsRecalled() {
            TerminationPreview preview = new TerminationPreview(LocalDate.of(2026, 7, 1), Optional.empty(),
                    LocalDate.of(2027, 12, 31), SIX_MONTHS_TO_YEAR_END, false, Optional.empty());

            assertThat(AgreementSentences.terminationTakesEffect(preview))
                    .isEqualTo("Die Kündigung wird zum 31.12.2027 wirksam.");
            assertThat(AgreementSentences.terminationReasons(preview)).containsExactly(
                    "Die Kündigungsfrist beträgt sechs Monate zum Ende des Kalenderjahres.",
                    "Vom Eingang der Kündigung am 01.07.2026 an gerechnet ist der 31.12.2027 der früheste Tag, zu dem "
                            + "sie wirken kann.",
                    "Die Kündigung muss schriftlich erfolgen.");
        }

        @Test
        void withNoticeADayAskedForSaysWhetherItDecidedOrCameTooEarly() {
            TerminationRule quarter = new TerminationRule.WithNotice(
                    new NoticePeriod(1, ChronoUnit.MONTHS, PeriodEnd.QUARTER), false);

            assertThat(AgreementSentences.terminationReasons(new TerminationPreview(LocalDate.of(2025, 1, 10),
                    Optional.of(LocalDate.of(2025, 7, 1)), LocalDate.of(2025, 9, 30), quarter, true,
                    Optional.empty()))).containsExactly(
                    "Die Kündigungsfrist beträgt einen Monat zum Quartalsende.",
                    "Der Partner hat die Kündigung zum 01.07.2025 erklärt, später als die Frist es verlangt; wirksam "
                            + "werden kann sie nur zum Quartalsende.");
            assertThat(AgreementSentences.terminationReasons(new TerminationPreview(LocalDate.of(2025, 1, 10),
                    Optional.of(LocalDate.of(2025, 2, 1)), LocalDate.of(2025, 3, 31), quarter, false,
                    Optional.of(LocalDate.of(2025, 3, 31))))).containsExactly(
                    "Die Kündigungsfrist beträgt einen Monat zum Quartalsende.",
                    "Vom Eingang der Kündigung am 10.01.2025 an gerechnet ist der 31.03.2025 der früheste Tag, zu dem "
                            + "sie wirken kann.",
                    "Der Partner hat den 01.02.2025 genannt; so früh lässt die Kündigungsfrist die Kündigung nicht zu.",
                    "Nach der Vereinbarung schließen die Parteien bis zum 31.03.2025 eine Nachfolgevereinbarung.");
        }

        @Test
        void atAnyTimeOnReceiptOrOnTheLaterDayAskedFor() {
            TerminationRule anyTime = new TerminationRule.AnyTime();

            assertThat(AgreementSentences.terminationReasons(new TerminationPreview(LocalDate.of(2026, 6, 3),
                    Optional.empty(), LocalDate.of(2026, 6, 3), anyTime, false, Optional.empty()))).containsExactly(
                    "Nach der Vereinbarung kann jede Partei jederzeit kündigen. Die Kündigung wirkt daher mit ihrem "
                            + "Eingang am 03.06.2026.");
            assertThat(AgreementSentences.terminationReasons(new TerminationPreview(LocalDate.of(2026, 6, 3),
                    Optional.of(LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 6, 30), anyTime, true,
                    Optional.empty()))).containsExactly(
                    "Nach der Vereinbarung kann jede Partei jederzeit kündigen. Die Kündigung wirkt daher zu dem "
                            + "späteren Tag, den der Partner genannt hat, dem 30.06.2026.");
        }
    }

    /** As the Steinfurt cooperation: in force on signing, five years from the end of that year, reviewed. */
    private static Agreement nrwCooperation() {
        return agreement(new Term.Fixed(5, TermStart.END_OF_EFFECTIVE_YEAR, 0,
                RenewalRule.RENEW_UNLESS_CHANGE_NEEDED), new TerminationRule.Excluded(), false, LocalDate.of(2020, 9, 1));
    }

    private static Agreement agreement(Term term, TerminationRule termination,
                                       boolean successorRequired, LocalDate concludedOn) {
        return Agreement.conclude(AgreementId.newId(), NetworkId.newId(), AgreementKind.COOPERATION_AGREEMENT,
                "Kooperationsvereinbarung", null, List.of(PartnerId.newId()), List.of(), term, termination,
                successorRequired, concludedOn, null, null);
    }
}
