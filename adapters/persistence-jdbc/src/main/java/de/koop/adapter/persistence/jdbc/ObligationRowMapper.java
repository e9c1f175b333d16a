package de.koop.adapter.persistence.jdbc;

import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Fulfilment;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.SortKey;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;

/**
 * Maps obligations to their row and fulfilment rows, and back; rows become obligations only through
 * {@link Obligation#reconstitute}. The deadline rule is flattened into columns, days of the year as
 * {@code MM-DD}.
 */
@Mapper(imports = {SortKey.class, PartnerId.class, DeadlineRule.class})
public interface ObligationRowMapper extends RowConversions {

    String FOR_REFERENCE_DATE = "FOR_REFERENCE_DATE";
    String MONTHLY = "MONTHLY";
    String YEARLY = "YEARLY";
    String ONCE_A_YEAR = "ONCE_A_YEAR";
    String ONCE = "ONCE";

    @Mapping(target = "sortTitle", expression = "java(SortKey.of(obligation.getTitle()))")
    @Mapping(target = "responsiblePartnerId", source = "responsible")
    @Mapping(target = "recipientPartnerId", expression = "java(obligation.getRecipient().map(PartnerId::toString).orElse(null))")
    @Mapping(target = "ruleKind", expression = "java(ruleKind(obligation.getRule()))")
    @Mapping(target = "ruleReferenceDay", expression = "java(obligation.getRule() instanceof DeadlineRule.ForReferenceDate r ? day(r.referenceDay()) : null)")
    @Mapping(target = "ruleDueDay", expression = "java(dueDay(obligation.getRule()))")
    @Mapping(target = "ruleYearsAfter", expression = "java(obligation.getRule() instanceof DeadlineRule.ForReferenceDate r ? r.yearsAfter() : null)")
    @Mapping(target = "ruleDayOfMonth", expression = "java(obligation.getRule() instanceof DeadlineRule.Monthly m ? m.dayOfMonth() : null)")
    @Mapping(target = "ruleDueOn", expression = "java(obligation.getRule() instanceof DeadlineRule.Once once ? once.dueOn() : null)")
    ObligationRow toRow(Obligation obligation);

    default List<ObligationFulfilmentRow> fulfilmentRows(Obligation obligation) {
        String id = obligation.getId().toString();
        List<ObligationFulfilmentRow> rows = new ArrayList<>();
        for (int i = 0; i < obligation.getFulfilments().size(); i++) {
            Fulfilment fulfilment = obligation.getFulfilments().get(i);
            rows.add(new ObligationFulfilmentRow(id + ":" + fulfilment.dueOn(), id, i, fulfilment.dueOn(),
                    fulfilment.fulfilledOn(), fulfilment.note().orElse(null)));
        }
        return rows;
    }

    // MapStruct reads the list getter as a writable list; reconstitute has set it already
    @Mapping(target = "fulfilments", ignore = true)
    Obligation toDomain(ObligationRow row, @Context List<ObligationFulfilmentRow> fulfilments);

    @ObjectFactory
    default Obligation reconstitute(ObligationRow row, @Context List<ObligationFulfilmentRow> fulfilments) {
        return Obligation.reconstitute(new ObligationId(UUID.fromString(row.id())),
                new NetworkId(UUID.fromString(row.networkId())), new AgreementId(UUID.fromString(row.agreementId())),
                row.title(), partnerId(row.responsiblePartnerId()),
                row.recipientPartnerId() == null ? null : partnerId(row.recipientPartnerId()), rule(row),
                row.startsOn(), row.endsOn(), row.reminderDaysBefore(),
                fulfilments.stream().map(f -> new Fulfilment(f.dueOn(), f.fulfilledOn(),
                        Optional.ofNullable(f.note()))).toList(), row.version());
    }

    default String ruleKind(DeadlineRule rule) {
        return switch (rule) {
            case DeadlineRule.ForReferenceDate forReferenceDate -> FOR_REFERENCE_DATE;
            case DeadlineRule.Monthly monthly -> MONTHLY;
            case DeadlineRule.Yearly yearly -> YEARLY;
            case DeadlineRule.OnceAYear onceAYear -> ONCE_A_YEAR;
            case DeadlineRule.Once once -> ONCE;
        };
    }

    default String dueDay(DeadlineRule rule) {
        return switch (rule) {
            case DeadlineRule.ForReferenceDate forReferenceDate -> day(forReferenceDate.dueDay());
            case DeadlineRule.Yearly yearly -> day(yearly.dueDay());
            default -> null;
        };
    }

    default DeadlineRule rule(ObligationRow row) {
        return switch (row.ruleKind()) {
            case FOR_REFERENCE_DATE -> new DeadlineRule.ForReferenceDate(day(row.ruleReferenceDay()),
                    day(row.ruleDueDay()), row.ruleYearsAfter());
            case MONTHLY -> new DeadlineRule.Monthly(row.ruleDayOfMonth());
            case YEARLY -> new DeadlineRule.Yearly(day(row.ruleDueDay()));
            case ONCE -> new DeadlineRule.Once(row.ruleDueOn());
            default -> new DeadlineRule.OnceAYear();
        };
    }

    /** A day of the year as {@code MM-DD}. */
    default String day(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    default MonthDay day(String day) {
        return MonthDay.parse("--" + day);
    }


}
