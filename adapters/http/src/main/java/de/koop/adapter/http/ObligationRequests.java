package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import de.koop.domain.obligation.DeadlineRule;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The bodies coordinators send about obligations (rule 13); read strictly by {@link RequestReader}. */
final class ObligationRequests {

    /** A day in the year as the agreements name it: {@code 04-30} for 30 April. */
    private static final String MONTH_DAY = "^\\d{2}-\\d{2}$";

    private ObligationRequests() {
    }

    /**
     * A recurring duty an agreement creates: who owes it to whom, by which rule, from when; a reminder
     * goes out {@code reminderDaysBefore} days before each deadline (14 when absent).
     */
    @Schema(name = "ObligationCreation", additionalProperties = FALSE)
    record Create(UUID agreementId, @Size(max = 300) String title, UUID responsiblePartnerId,
                  @Nullable UUID recipientPartnerId, Rule rule, LocalDate startsOn, @Nullable LocalDate endsOn,
                  @Nullable @Min(0) @Max(365) Integer reminderDaysBefore) {
    }

    /** That a deadline was met, and when. */
    @Schema(name = "Fulfilment", additionalProperties = FALSE)
    record Fulfil(LocalDate dueOn, LocalDate fulfilledOn, @Nullable @Size(max = 2000) String note) {
    }

    /** When a duty falls due: every year for a reference day, monthly, yearly, once a year, or once. */
    @Schema(name = "DeadlineRule", oneOf = {Rule.ForReferenceDate.class, Rule.Monthly.class, Rule.Yearly.class,
        Rule.OnceAYear.class, Rule.Once.class}, discriminatorProperty = "type", discriminatorMapping = {
            @DiscriminatorMapping(value = "FOR_REFERENCE_DATE", schema = Rule.ForReferenceDate.class),
            @DiscriminatorMapping(value = "MONTHLY", schema = Rule.Monthly.class),
            @DiscriminatorMapping(value = "YEARLY", schema = Rule.Yearly.class),
            @DiscriminatorMapping(value = "ONCE_A_YEAR", schema = Rule.OnceAYear.class),
            @DiscriminatorMapping(value = "ONCE", schema = Rule.Once.class)})
    sealed interface Rule {

        /** The rule as the domain keeps it; a day that does not exist is refused in {@code fields}. */
        DeadlineRule toRule(Fields fields);

        /**
         * For the state on a reference day (31 December), due on {@code dueDay} {@code yearsAfter} years
         * later (1 when absent).
         */
        @Schema(name = "DeadlineForReferenceDate", additionalProperties = FALSE)
        record ForReferenceDate(@Schema(allowableValues = "FOR_REFERENCE_DATE", requiredMode = REQUIRED) String type,
                                @Pattern(regexp = MONTH_DAY) String referenceDay,
                                @Pattern(regexp = MONTH_DAY) String dueDay,
                                @Nullable @Min(0) @Max(5) Integer yearsAfter) implements Rule {
            @Override
            public DeadlineRule toRule(Fields fields) {
                MonthDay reference = monthDay(fields, "rule.referenceDay", referenceDay);
                MonthDay due = monthDay(fields, "rule.dueDay", dueDay);
                return reference == null || due == null ? null : fields.value("",
                        () -> new DeadlineRule.ForReferenceDate(reference, due, yearsAfter == null ? 1 : yearsAfter));
            }
        }

        /** Every month on {@code dayOfMonth} (the month's last day where it has none). */
        @Schema(name = "DeadlineMonthly", additionalProperties = FALSE)
        record Monthly(@Schema(allowableValues = "MONTHLY", requiredMode = REQUIRED) String type,
                       @Min(1) @Max(31) int dayOfMonth) implements Rule {
            @Override
            public DeadlineRule toRule(Fields fields) {
                return fields.value("", () -> new DeadlineRule.Monthly(dayOfMonth));
            }
        }

        /** Every year on {@code dueDay}. */
        @Schema(name = "DeadlineYearly", additionalProperties = FALSE)
        record Yearly(@Schema(allowableValues = "YEARLY", requiredMode = REQUIRED) String type,
                      @Pattern(regexp = MONTH_DAY) String dueDay) implements Rule {
            @Override
            public DeadlineRule toRule(Fields fields) {
                MonthDay due = monthDay(fields, "rule.dueDay", dueDay);
                return due == null ? null : new DeadlineRule.Yearly(due);
            }
        }

        /** Once a year, on no fixed day: due by the year's end. */
        @Schema(name = "DeadlineOnceAYear", additionalProperties = FALSE)
        record OnceAYear(@Schema(allowableValues = "ONCE_A_YEAR", requiredMode = REQUIRED) String type) implements Rule {
            @Override
            public DeadlineRule toRule(Fields fields) {
                return new DeadlineRule.OnceAYear();
            }
        }

        /** Once, on {@code dueOn}. */
        @Schema(name = "DeadlineOnce", additionalProperties = FALSE)
        record Once(@Schema(allowableValues = "ONCE", requiredMode = REQUIRED) String type, LocalDate dueOn)
                implements Rule {
            @Override
            public DeadlineRule toRule(Fields fields) {
                return fields.value("", () -> new DeadlineRule.Once(dueOn));
            }
        }
    }

    private static MonthDay monthDay(Fields fields, String path, String value) {
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException e) {
            fields.refuse(path, "ist kein gültiger Tag im Jahr (MM-TT, z. B. 04-30)");
            return null;
        }
    }
}
