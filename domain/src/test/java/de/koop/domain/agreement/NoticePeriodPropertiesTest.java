package de.koop.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Rule 3 as properties: whatever the receipt day, the notice and the period end. */
class NoticePeriodPropertiesTest {

    private static final LocalDate FROM = LocalDate.of(1990, 1, 1);
    private static final LocalDate TO = LocalDate.of(2100, 12, 31);

    @Provide
    Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(FROM.toEpochDay(), TO.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> monthEnds = any.map(d -> d.with(TemporalAdjusters.lastDayOfMonth()));
        Arbitrary<LocalDate> leapDays = Arbitraries.integers().between(1992, 2096).filter(y -> y % 4 == 0)
                .map(y -> LocalDate.of(y, 2, 29));
        return Arbitraries.frequencyOf(
                Tuple.of(6, any), Tuple.of(3, monthEnds), Tuple.of(1, leapDays));
    }

    @Provide
    Arbitrary<NoticePeriod> notices() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 120),
                Arbitraries.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS),
                Arbitraries.of(PeriodEnd.class)).as(NoticePeriod::new);
    }

    @Property
    void theEffectiveDateIsAPeriodEnd(@ForAll("notices") NoticePeriod notice, @ForAll("dates") LocalDate received) {
        assertThat(notice.end().isPeriodEnd(notice.effectiveDate(received, null))).isTrue();
    }

    @Property
    void theEffectiveDateLeavesAtLeastTheWholeNoticeAfterReceipt(@ForAll("notices") NoticePeriod notice,
                                                                 @ForAll("dates") LocalDate received) {
        LocalDate effective = notice.effectiveDate(received, null);

        assertThat(effective).isAfterOrEqualTo(notice.runsOut(received)).isAfterOrEqualTo(
                received.plus(notice.length(), notice.unit()));
        assertThat(effective).isAfter(received);
    }

    @Property
    void theEffectiveDateIsTheFirstPeriodEndOnWhichTheNoticeHasRunOut(@ForAll("notices") NoticePeriod notice,
                                                                      @ForAll("dates") LocalDate received) {
        LocalDate runsOut = notice.runsOut(received);
        LocalDate effective = notice.effectiveDate(received, null);

        for (LocalDate d = runsOut; d.isBefore(effective); d = d.plusDays(1)) {
            assertThat(notice.end().isPeriodEnd(d)).as("%s is an earlier period end", d).isFalse();
        }
    }

    @Property
    void aLaterReceiptNeverTakesEffectEarlier(@ForAll("notices") NoticePeriod notice,
                                              @ForAll("dates") LocalDate received,
                                              @ForAll @IntRange(min = 1, max = 400) int daysLater) {
        assertThat(notice.effectiveDate(received.plusDays(daysLater), null))
                .isAfterOrEqualTo(notice.effectiveDate(received, null));
        assertThat(notice.effectiveDate(received.plusDays(1), null))
                .isAfterOrEqualTo(notice.effectiveDate(received, null));
    }

    @Property
    void aRequestedDateIsHonouredButNeverShortensTheNotice(@ForAll("notices") NoticePeriod notice,
                                                           @ForAll("dates") LocalDate received,
                                                           @ForAll @IntRange(min = 0, max = 4000) int requestedAfter) {
        LocalDate requested = received.plusDays(requestedAfter);
        LocalDate effective = notice.effectiveDate(received, requested);

        assertThat(effective).isAfterOrEqualTo(requested).isAfterOrEqualTo(notice.effectiveDate(received, null));
        assertThat(notice.end().isPeriodEnd(effective)).isTrue();
        if (!requested.isAfter(notice.runsOut(received))) {
            assertThat(effective).isEqualTo(notice.effectiveDate(received, null));
        }
        assertThat(notice.effectiveDate(received, requested.plusDays(1))).isAfterOrEqualTo(effective);
    }

    @Property
    void aPeriodEndIsTheLastDayOfItsPeriod(@ForAll PeriodEnd end, @ForAll("dates") LocalDate date) {
        LocalDate last = end.onOrAfter(date);

        assertThat(last).isAfterOrEqualTo(date).isBefore(date.plusYears(1));
        assertThat(end.onOrAfter(last)).isEqualTo(last);
        assertThat(end.isPeriodEnd(last)).isTrue();
        if (end != PeriodEnd.NONE) {
            assertThat(last.plusDays(1).getDayOfMonth()).isEqualTo(1);
            assertThat(last.getYear()).isEqualTo(date.getYear());
        }
    }

    @Property
    void withdrawalAtAnyTimeTakesEffectOnReceiptOrTheLaterDateAskedFor(
            @ForAll("dates") LocalDate received, @ForAll @IntRange(min = -400, max = 400) int requestedOffset,
            @ForAll @IntRange(min = 1, max = 400) int daysLater) {
        TerminationRule anyTime = new TerminationRule.AnyTime();
        LocalDate requested = received.plusDays(requestedOffset);
        LocalDate effective = anyTime.effectiveDate(received, requested);

        assertThat(effective).isAfterOrEqualTo(received).isAfterOrEqualTo(requested)
                .isIn(received, requested);
        assertThat(anyTime.effectiveDate(received, null)).isEqualTo(received);
        assertThat(anyTime.effectiveDate(received.plusDays(daysLater), requested)).isAfterOrEqualTo(effective);
        assertThat(anyTime.effectiveDate(received, requested.plusDays(daysLater))).isAfterOrEqualTo(effective);
    }
}
