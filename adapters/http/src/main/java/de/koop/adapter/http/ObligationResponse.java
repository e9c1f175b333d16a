package de.koop.adapter.http;

import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** An obligation with its rule as data and its fulfilments as history. */
@Serdeable
public record ObligationResponse(String id, String networkId, String agreementId, String title,
                                 String responsiblePartnerId, @Nullable String recipientPartnerId, RuleBody rule,
                                 String startsOn, @Nullable String endsOn, int reminderDaysBefore,
                                 List<FulfilmentBody> fulfilments, long version) {

    @Serdeable
    public record RuleBody(String type, @Nullable String referenceDay, @Nullable String dueDay,
                           @Nullable Integer yearsAfter, @Nullable Integer dayOfMonth, @Nullable String dueOn,
                           String description) {
    }

    @Serdeable
    public record FulfilmentBody(String dueOn, String fulfilledOn, @Nullable String note) {
    }

    /** One deadline: due day, reference date, status, and its fulfilment if met. */
    @Serdeable
    public record DeadlineBody(String obligationId, String title, String responsiblePartnerId,
                               @Nullable String recipientPartnerId, String dueOn, @Nullable String referenceDate,
                               String status, @Nullable FulfilmentBody fulfilment, String remindOn) {
        static DeadlineBody from(Deadline d) {
            return new DeadlineBody(d.obligationId().toString(), d.title(), d.responsible().toString(),
                    d.recipient().map(PartnerId::toString).orElse(null), d.dueOn().toString(),
                    d.referenceDate().map(LocalDate::toString).orElse(null), d.status().name(),
                    d.fulfilment().map(f -> new FulfilmentBody(f.dueOn().toString(), f.fulfilledOn().toString(),
                            f.note().orElse(null))).orElse(null), d.remindOn().toString());
        }
    }

    static ObligationResponse from(Obligation o) {
        RuleBody rule = switch (o.getRule()) {
            case DeadlineRule.ForReferenceDate r -> new RuleBody("FOR_REFERENCE_DATE", day(r.referenceDay()),
                    day(r.dueDay()), r.yearsAfter(), null, null, r.german());
            case DeadlineRule.Monthly r -> new RuleBody("MONTHLY", null, null, null, r.dayOfMonth(), null, r.german());
            case DeadlineRule.Yearly r -> new RuleBody("YEARLY", null, day(r.dueDay()), null, null, null, r.german());
            case DeadlineRule.OnceAYear r -> new RuleBody("ONCE_A_YEAR", null, null, null, null, null, r.german());
            case DeadlineRule.Once r -> new RuleBody("ONCE", null, null, null, null, r.dueOn().toString(), r.german());
        };
        return new ObligationResponse(o.getId().toString(), o.getNetworkId().toString(), o.getAgreementId().toString(),
                o.getTitle(), o.getResponsible().toString(), o.getRecipient().map(PartnerId::toString).orElse(null),
                rule, o.getStartsOn().toString(), o.getEndsOn().map(LocalDate::toString).orElse(null),
                o.getReminderDaysBefore(), o.getFulfilments().stream().map(f -> new FulfilmentBody(f.dueOn().toString(),
                        f.fulfilledOn().toString(), f.note().orElse(null))).toList(), o.getVersion());
    }

    private static String day(MonthDay day) {
        return day.toString().substring(2);
    }
}
