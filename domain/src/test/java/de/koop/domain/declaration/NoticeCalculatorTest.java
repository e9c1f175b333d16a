package de.koop.domain.declaration;

import static de.koop.domain.agreement.Agreements.agreement;
import static de.koop.domain.agreement.Agreements.date;
import static de.koop.domain.agreement.Agreements.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notice calculator (rules 2 and 3): "if our notice is received on this day, when are we free?" and
 * "by which day must our notice arrive to leave on that day?", for any day, past or future, by the very
 * rule that recording a termination applies.
 */
class NoticeCalculatorTest {

    private static final PartnerId KREIS = PartnerId.newId();
    private static final PartnerId LANDSCHAFTSVERBAND = PartnerId.newId();
    private static final PartnerId CARE_SERVICE = PartnerId.newId();

    /** Two parties since 10 January 2024 under the given rule; a care service acceded on 1 April 2025. */
    private static Ledger ledger(TerminationRule rule) {
        Ledger ledger = Ledger.of(NetworkId.newId(), network -> agreement().network(network)
                .parties(KREIS, LANDSCHAFTSVERBAND).termination(rule).concludedOn("2024-01-10").build());
        ledger.accede(CARE_SERVICE, "2025-04-01");
        return ledger;
    }

    private static TerminationRule notice(int length, ChronoUnit unit, PeriodEnd end) {
        return new TerminationRule.WithNotice(new NoticePeriod(length, unit, end), false);
    }

    @ParameterizedTest(name = "[{index}] {1} {2} to {3}: to leave on {4} the notice must arrive by {5}")
    @CsvSource(nullValues = "", value = {
            // rule,     len, unit,   end,           last bound, latest receipt
            "NOTICE,      6, MONTHS, CALENDAR_YEAR, 2029-12-31, 2029-06-30",
            "NOTICE,      6, MONTHS, CALENDAR_YEAR, 2028-12-31, 2028-06-30",
            "NOTICE,      6, MONTHS, CALENDAR_YEAR, 2024-12-31, 2024-06-30",
            "NOTICE,      3, MONTHS, QUARTER,       2029-03-31, 2028-12-31",
            "NOTICE,      3, MONTHS, QUARTER,       2029-06-30, 2029-03-31",
            "NOTICE,      3, MONTHS, HALF_YEAR,     2028-06-30, 2028-03-31",
            // month ends and leap years: a receipt on the 31st runs out on the month's last day
            "NOTICE,      1, MONTHS, MONTH,         2028-02-29, 2028-01-31",
            "NOTICE,      1, MONTHS, MONTH,         2029-02-28, 2029-01-31",
            "NOTICE,      1, MONTHS, MONTH,         2028-03-31, 2028-02-29",
            "NOTICE,      1, MONTHS, MONTH,         2029-03-31, 2029-02-28",
            "NOTICE,      1, MONTHS, NONE,          2028-03-29, 2028-02-29",
            "NOTICE,      1, MONTHS, NONE,          2029-02-28, 2029-01-31",
            "NOTICE,     12, MONTHS, NONE,          2029-02-28, 2028-02-29",
            "NOTICE,     14, DAYS,   NONE,          2029-01-10, 2028-12-27",
            "NOTICE,      4, WEEKS,  NONE,          2028-03-07, 2028-02-08",
            // at any time: the notice takes effect on the day it arrives
            "ANY_TIME,    0, DAYS,   NONE,          2029-12-31, 2029-12-31",
            "ANY_TIME,    0, DAYS,   NONE,          2024-01-10, 2024-01-10",
    })
    void theLatestReceiptToLeaveOnADay(String kind, int length, ChronoUnit unit, PeriodEnd end, LocalDate lastBoundDay,
                                       LocalDate latestReceipt) {
        TerminationRule rule = kind.equals("ANY_TIME") ? new TerminationRule.AnyTime() : notice(length, unit, end);
        Ledger ledger = ledger(rule);

        NoticeOutcome outcome = Termination.latestReceiptFor(ledger.agreement, ledger.membership(), KREIS,
                lastBoundDay);

        assertThat(outcome.receivedOn()).isEqualTo(latestReceipt);
        assertThat(outcome.lastBoundDay()).isEqualTo(lastBoundDay);
        assertThat(outcome.freeFrom()).isEqualTo(lastBoundDay.plusDays(1));
        assertThat(outcome.ruleApplied()).isEqualTo(rule.german());
        assertThat(Termination.ifReceived(ledger.agreement, ledger.membership(), KREIS, latestReceipt.plusDays(1), null)
                .lastBoundDay()).as("one day late").isAfter(lastBoundDay);
    }

    @ParameterizedTest(name = "[{index}] received {0} -> bound until {1}")
    @CsvSource({
            "2029-03-15, 2029-12-31",
            "2029-06-30, 2029-12-31",
            "2029-07-01, 2030-12-31",
            "2024-02-29, 2024-12-31",
            "2025-12-31, 2026-12-31",
    })
    void whenAPartyIsFreeIfItsNoticeArrivesOnADayPastOrFuture(LocalDate received, LocalDate lastBoundDay) {
        Ledger ledger = ledger(notice(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR));

        NoticeOutcome outcome = Termination.ifReceived(ledger.agreement, ledger.membership(), KREIS, received, null);

        assertThat(outcome.lastBoundDay()).isEqualTo(lastBoundDay);
        assertThat(outcome.freeFrom()).isEqualTo(lastBoundDay.plusDays(1));
        assertThat(outcome.successorDueBy()).isEmpty();
    }

    @Test
    void recordingATerminationGivesTheDayTheCalculatorForetold() {
        Ledger ledger = ledger(notice(3, ChronoUnit.MONTHS, PeriodEnd.QUARTER));
        NoticeOutcome foretold = Termination.ifReceived(ledger.agreement, ledger.membership(), CARE_SERVICE,
                date("2026-01-31"), null);

        Termination recorded = ledger.terminate(CARE_SERVICE, "2026-01-31");

        assertThat(recorded.effectiveOn()).isEqualTo(foretold.lastBoundDay()).isEqualTo(date("2026-06-30"));
        assertThat(recorded.ruleApplied()).isEqualTo(foretold.ruleApplied());
    }

    @Test
    void everyReceiptLeadsBackToItsOwnLatestReceipt() {
        for (TerminationRule rule : List.of(notice(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR),
                notice(1, ChronoUnit.MONTHS, PeriodEnd.NONE), notice(3, ChronoUnit.MONTHS, PeriodEnd.QUARTER),
                notice(2, ChronoUnit.WEEKS, PeriodEnd.MONTH))) {
            Ledger ledger = ledger(rule);
            for (LocalDate day = date("2027-11-01"); day.isBefore(date("2028-04-01")); day = day.plusDays(1)) {
                LocalDate end = Termination.ifReceived(ledger.agreement, ledger.membership(), KREIS, day, null)
                        .lastBoundDay();

                NoticeOutcome latest = Termination.latestReceiptFor(ledger.agreement, ledger.membership(), KREIS, end);

                assertThat(latest.lastBoundDay()).as("%s, received %s", rule.german(), day).isEqualTo(end);
                assertThat(latest.receivedOn()).as("%s, received %s", rule.german(), day).isAfterOrEqualTo(day);
            }
        }
    }

    @Test
    void aDayThatIsNoPeriodEndIsRefusedNamingTheNeighbours() {
        Ledger ledger = ledger(notice(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR));

        var refusal = violation(() -> Termination.latestReceiptFor(ledger.agreement, ledger.membership(), KREIS,
                date("2029-06-15")));

        assertThat(refusal.rule()).isEqualTo(RuleCode.NOTICE_END_UNREACHABLE);
        assertThat(refusal.getMessage()).contains("2028-12-31 (Zugang bis 2028-06-30)",
                "2029-12-31 (Zugang bis 2029-06-30)");
    }

    @Test
    void aMonthEndThatNoOneMonthNoticeReachesIsRefused() {
        // receipt on 29 February runs out on 29 March, receipt on 1 March on 1 April: 30 March is no end
        Ledger ledger = ledger(notice(1, ChronoUnit.MONTHS, PeriodEnd.NONE));

        var refusal = violation(() -> Termination.latestReceiptFor(ledger.agreement, ledger.membership(), KREIS,
                date("2028-03-30")));

        assertThat(refusal.rule()).isEqualTo(RuleCode.NOTICE_END_UNREACHABLE);
        assertThat(refusal.getMessage()).contains("2028-03-29 (Zugang bis 2028-02-29)", "2028-04-01 (Zugang bis 2028-03-01)");
    }

    @Test
    void aDayTooSoonAfterTheAgreementTookEffectIsRefused() {
        Ledger ledger = ledger(notice(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR));

        assertThat(violation(() -> Termination.latestReceiptFor(ledger.agreement, ledger.membership(), KREIS,
                date("2024-03-31"))).rule()).isEqualTo(RuleCode.NOTICE_END_UNREACHABLE);
        assertThat(violation(() -> Termination.latestReceiptFor(ledger.agreement, ledger.membership(), KREIS,
                date("2023-12-31"))).rule()).isEqualTo(RuleCode.NOTICE_END_UNREACHABLE);
    }

    @Test
    void refusesAsRecordingWould() {
        Ledger excluded = ledger(new TerminationRule.Excluded());
        Ledger withNotice = ledger(notice(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR));
        withNotice.terminate(LANDSCHAFTSVERBAND, "2026-02-01");
        Agreement agreement = withNotice.agreement;

        assertThat(violation(() -> Termination.latestReceiptFor(excluded.agreement, excluded.membership(), KREIS,
                date("2029-12-31"))).rule()).isEqualTo(RuleCode.TERMINATION_EXCLUDED);
        assertThat(violation(() -> Termination.ifReceived(excluded.agreement, excluded.membership(), KREIS,
                date("2029-03-15"), null)).rule()).isEqualTo(RuleCode.TERMINATION_EXCLUDED);
        assertThat(violation(() -> Termination.ifReceived(agreement, withNotice.membership(), CARE_SERVICE,
                date("2025-03-15"), null)).rule()).as("before its accession").isEqualTo(RuleCode.PARTNER_NOT_BOUND);
        assertThat(violation(() -> Termination.latestReceiptFor(agreement, withNotice.membership(), CARE_SERVICE,
                date("2024-12-31"))).rule()).as("the notice would have to precede its accession")
                .isEqualTo(RuleCode.PARTNER_NOT_BOUND);
        assertThat(violation(() -> Termination.ifReceived(agreement, withNotice.membership(), LANDSCHAFTSVERBAND,
                date("2026-03-01"), null)).rule()).isEqualTo(RuleCode.PARTNER_ALREADY_TERMINATED);
        assertThat(violation(() -> Termination.ifReceived(agreement, withNotice.membership(), LANDSCHAFTSVERBAND,
                date("2027-03-01"), null)).rule()).as("no longer bound").isEqualTo(RuleCode.PARTNER_NOT_BOUND);
    }
}
