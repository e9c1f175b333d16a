package de.koop.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.Agreements;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sweep looks at a subject again only from the day its rules name; looking only then must
 * find every reminder a look on every day would find, over years.
 */
class NextLookTest {

    private static final ReminderRules RULES = new ReminderRules(30);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 12, 31);

    private static Obligation obligation(DeadlineRule rule, LocalDate endsOn, int reminderDaysBefore) {
        return Obligation.create(ObligationId.newId(), NetworkId.newId(), AgreementId.newId(), "Datenlieferung",
                PartnerId.newId(), PartnerId.newId(), rule, LocalDate.of(2024, 1, 1), endsOn, reminderDaysBefore);
    }

    private static List<Occasion> occasionsOf(Obligation obligation, LocalDate day) {
        return obligation.deadlines(ReminderRules.deadlinesDueFrom(day),
                        day.plusDays(Math.max(0, obligation.getReminderDaysBefore())), day).stream()
                .flatMap(d -> RULES.forDeadline(d, day).stream()).toList();
    }

    private static List<Occasion> occasionsOf(Agreement agreement, LocalDate day) {
        return agreement.isInForceOn(day) ? RULES.forReview(agreement.getId(), agreement.termOn(day), day).stream().toList()
                : List.of();
    }

    @Test
    void aYearlyDeadlineIsLookedAtOnItsReminderDayAndTheDayAfterItFallsDueAndNothingIsMissed() {
        Obligation yearly = obligation(new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31), MonthDay.of(4, 30), 1),
                null, 14);
        yearly.fulfil(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 20), "geliefert");

        LookSimulation.Result result = LookSimulation.run(FROM, TO, day -> occasionsOf(yearly, day),
                day -> RULES.nextLook(yearly, day));

        assertThat(result.daily()).hasSize(8); // a reminder and an overdue notice a year, but for 2027 (met)
        assertThat(result.sparse()).isEqualTo(result.daily());
        assertThat(result.looks()).contains(LocalDate.of(2028, 4, 16), LocalDate.of(2028, 5, 1)).hasSizeLessThan(15);
    }

    @Test
    void monthlyAndEndingDeadlinesAndOnesWithoutLeadAreNotMissedEither() {
        for (Obligation obligation : List.of(obligation(new DeadlineRule.Monthly(15), null, 7),
                obligation(new DeadlineRule.Monthly(31), LocalDate.of(2027, 6, 30), 0),
                obligation(new DeadlineRule.Yearly(MonthDay.of(2, 29)), null, 60))) {
            LookSimulation.Result result = LookSimulation.run(FROM, TO, day -> occasionsOf(obligation, day),
                    day -> RULES.nextLook(obligation, day));

            assertThat(result.daily()).isNotEmpty();
            assertThat(result.sparse()).isEqualTo(result.daily());
        }
    }

    @Test
    void aDeadlineFarAheadIsLookedForAgainAtTheHorizonAndOneThatEndedIsNotLookedAtAgain() {
        Obligation ended = obligation(new DeadlineRule.Monthly(1), LocalDate.of(2025, 1, 1), 7);

        assertThat(RULES.nextLook(ended, FROM)).isEmpty();
        Obligation fromTheNextDecade = Obligation.create(ObligationId.newId(), NetworkId.newId(), AgreementId.newId(),
                "Bericht", PartnerId.newId(), null, new DeadlineRule.Yearly(MonthDay.of(6, 30)),
                LocalDate.of(2030, 1, 1), null, 14);
        assertThat(RULES.nextLook(fromTheNextDecade, FROM))
                .contains(FROM.plusDays(ReminderRules.DEADLINE_HORIZON_DAYS));
    }

    @Test
    void anAgreementIsLookedAtWhenItsReviewComesWithinTheLeadAndWhenAVersionTakesEffect() {
        Agreement inForce = Agreements.agreement().term(Agreements.NRW_TERM).concludedOn("2024-03-15").build();
        Agreement later = Agreements.agreement()
                .term(new Term.Fixed(1, TermStart.EFFECTIVE_DATE, 2, RenewalRule.RENEW_UNLESS_CHANGE_NEEDED))
                .concludedOn("2026-05-01").effectiveOn("2027-01-01").build();

        for (Agreement agreement : List.of(inForce, later)) {
            LookSimulation.Result result = LookSimulation.run(FROM, TO, day -> occasionsOf(agreement, day),
                    day -> RULES.nextLook(agreement, day));

            assertThat(result.daily()).hasSize(1);
            assertThat(result.sparse()).isEqualTo(result.daily());
            assertThat(result.looks()).hasSizeLessThanOrEqualTo(3);
        }
        // NRW: the review of the term ending 31.12.2029 is due on 30.06.2029, reminded of from 31.05.2029
        assertThat(RULES.nextLook(inForce, FROM)).contains(LocalDate.of(2029, 5, 31));
        assertThat(RULES.nextLook(later, FROM)).contains(LocalDate.of(2027, 1, 1));
    }

    @Test
    void anAgreementWithoutReviewIsNotLookedAtAgain() {
        Agreement unlimited = Agreements.agreement().concludedOn("2024-03-15").build();

        assertThat(RULES.nextLook(unlimited, FROM)).isEqualTo(Optional.empty());
    }
}
