package de.koop.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 13: agreements create recurring duties, each yielding dated deadlines with a responsible party. */
class Rule13ObligationsTest {

    private static final PartnerId DISTRICT = PartnerId.newId();
    private static final PartnerId LWL = PartnerId.newId();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Obligation obligation(DeadlineRule rule, String startsOn, String endsOn) {
        return Obligation.create(ObligationId.newId(), NetworkId.newId(), AgreementId.newId(), "Datenlieferung nach § 4",
                DISTRICT, LWL, rule, date(startsOn), endsOn == null ? null : date(endsOn), 14);
    }

    private static final DeadlineRule NRW_DATA = new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31),
            MonthDay.of(4, 30), 1);

    @Nested
    class YearlyDeliveryForAReferenceDate {

        @Test
        void dataForThe31stOfDecember2026IsDueOnThe30thOfApril2027() {
            List<Deadline> deadlines = obligation(NRW_DATA, "2024-01-01", null)
                    .deadlines(date("2027-01-01"), date("2027-12-31"), date("2027-01-15"));

            assertThat(deadlines).singleElement().satisfies(d -> {
                assertThat(d.dueOn()).isEqualTo(date("2027-04-30"));
                assertThat(d.referenceDate()).contains(date("2026-12-31"));
                assertThat(d.responsible()).isEqualTo(DISTRICT);
                assertThat(d.recipient()).contains(LWL);
                assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
                assertThat(d.remindOn()).isEqualTo(date("2027-04-16"));
            });
        }

        @Test
        void yieldsOneDeadlinePerYearInOrder() {
            assertThat(obligation(NRW_DATA, "2024-01-01", null)
                    .deadlines(date("2025-01-01"), date("2027-12-31"), date("2025-01-01")))
                    .extracting(Deadline::dueOn)
                    .containsExactly(date("2025-04-30"), date("2026-04-30"), date("2027-04-30"));
        }

        @Test
        void aDueDayBeforeTheReferenceDayInTheSameYearIsRefused() {
            assertThatThrownBy(() -> new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31), MonthDay.of(4, 30), 0))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("rule.dueDay"));
        }

        @Test
        void saysSoInGerman() {
            assertThat(NRW_DATA.german()).isEqualTo("jährlich zum Stichtag 31.12., fällig am 30.4. des Folgejahres");
        }
    }

    @ParameterizedTest(name = "monthly by the {0}th from {1} to {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            15 | 2025-01-01 | 2025-03-31 | 2025-01-15 2025-02-15 2025-03-15
            31 | 2024-01-01 | 2024-04-30 | 2024-01-31 2024-02-29 2024-03-31 2024-04-30
            31 | 2025-02-01 | 2025-02-28 | 2025-02-28
            1  | 2025-01-02 | 2025-02-01 | 2025-02-01
            """)
    void monthlyDutiesFallDueOnTheirDayOrTheMonthsLastDay(int day, LocalDate from, LocalDate to, String expected) {
        assertThat(new DeadlineRule.Monthly(day).dueBetween(from, to)).extracting(DueDate::dueOn)
                .containsExactlyElementsOf(java.util.Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList());
    }

    @Test
    void aYearlyReviewOnThe29thOfFebruaryFallsOnThe28thInOtherYears() {
        assertThat(new DeadlineRule.Yearly(MonthDay.of(2, 29)).dueBetween(date("2024-01-01"), date("2026-12-31")))
                .extracting(DueDate::dueOn)
                .containsExactly(date("2024-02-29"), date("2025-02-28"), date("2026-02-28"));
    }

    @Test
    void anExchangeAtLeastOnceAYearIsDueByTheEndOfEachYear() {
        assertThat(new DeadlineRule.OnceAYear().dueBetween(date("2025-06-01"), date("2026-12-31")))
                .extracting(DueDate::dueOn).containsExactly(date("2025-12-31"), date("2026-12-31"));
    }

    @Test
    void aOneOffDutyIsDueOnce() {
        Obligation successor = obligation(new DeadlineRule.Once(date("2026-12-31")), "2026-06-30", null);

        assertThat(successor.deadlines(date("2020-01-01"), date("2030-12-31"), date("2027-01-01")))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(Deadline.Status.OVERDUE));
    }

    @Test
    void noDeadlinesBeforeTheDutyStartsOrAfterItEnds() {
        Obligation limited = obligation(new DeadlineRule.Monthly(15), "2025-02-20", "2025-05-14");

        assertThat(limited.deadlines(date("2025-01-01"), date("2025-12-31"), date("2025-01-01")))
                .extracting(Deadline::dueOn).containsExactly(date("2025-03-15"), date("2025-04-15"));
    }

    @Test
    void aDeadlineIsOpenUntilDueOverdueAfterAndFulfilledOnceMet() {
        Obligation data = obligation(NRW_DATA, "2024-01-01", null);

        assertThat(data.deadlines(date("2027-04-30"), date("2027-04-30"), date("2027-04-30")).getFirst().status())
                .isEqualTo(Deadline.Status.OPEN);
        assertThat(data.deadlines(date("2027-04-30"), date("2027-04-30"), date("2027-05-01")).getFirst().status())
                .isEqualTo(Deadline.Status.OVERDUE);

        data.fulfil(date("2027-04-30"), date("2027-05-03"), "Daten per Austauschplattform übermittelt");

        Deadline met = data.deadlines(date("2027-04-30"), date("2027-04-30"), date("2027-06-01")).getFirst();
        assertThat(met.status()).isEqualTo(Deadline.Status.FULFILLED);
        assertThat(met.fulfilment()).hasValueSatisfying(f -> {
            assertThat(f.fulfilledOn()).isEqualTo(date("2027-05-03"));
            assertThat(f.note()).contains("Daten per Austauschplattform übermittelt");
        });
    }

    @Test
    void onlyADayTheDutyFallsDueOnCanBeFulfilledAndOnlyOnce() {
        Obligation data = obligation(NRW_DATA, "2024-01-01", null);
        data.fulfil(date("2027-04-30"), date("2027-04-20"), null);

        assertThatThrownBy(() -> data.fulfil(date("2027-05-01"), date("2027-05-01"), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("dueOn"));
        assertThatThrownBy(() -> data.fulfil(date("2027-04-30"), date("2027-05-01"), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(RuleCode.DEADLINE_ALREADY_FULFILLED));
        assertThat(data.getFulfilments()).hasSize(1);
    }

    @Test
    void validatesItsValues() {
        assertThatThrownBy(() -> new DeadlineRule.Monthly(32)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("rule.dayOfMonth"));
        assertThatThrownBy(() -> obligation(NRW_DATA, "2025-01-01", "2024-12-31"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        assertThatThrownBy(() -> Obligation.create(ObligationId.newId(), NetworkId.newId(), AgreementId.newId(), "X",
                DISTRICT, null, NRW_DATA, date("2025-01-01"), null, -1))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("reminderDaysBefore"));
        assertThat(Optional.of(obligation(NRW_DATA, "2025-01-01", null).getRule())).contains(NRW_DATA);
    }
}
