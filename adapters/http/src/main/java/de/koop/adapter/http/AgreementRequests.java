package de.koop.adapter.http;

import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PartnerId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the agreement's rules from JSON into domain values. The shapes, as documented in OpenAPI
 * and the README:
 * <pre>
 * "term": {"type": "UNLIMITED"}
 * "term": {"type": "FIXED", "years": 5, "countedFrom": "END_OF_EFFECTIVE_YEAR", "reviewMonthsBefore": 6,
 *          "renewal": "RENEW_UNLESS_CHANGE_NEEDED"}
 * "termination": {"type": "ANY_TIME"}
 * "termination": {"type": "EXCLUDED"}
 * "termination": {"type": "NOTICE", "notice": {"length": 6, "unit": "MONTHS", "periodEnd": "CALENDAR_YEAR"},
 *                 "writtenForm": true}
 * </pre>
 */
final class AgreementRequests {

    private AgreementRequests() {
    }

    static AgreementKind kind(JsonBody body, Fields fields) {
        String kind = body.string("kind");
        return fields.value("kind", () -> AgreementKind.fromCode(kind, "kind"));
    }

    static List<PartnerId> parties(JsonBody body, Fields fields) {
        List<String> given = body.strings("parties");
        List<PartnerId> parties = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String value = given.get(i);
            PartnerId party = fields.value("parties[" + i + "]", () -> PartnerId.parse(value, ""));
            if (party != null) {
                parties.add(party);
            }
        }
        if (given.isEmpty()) {
            fields.refuse("parties", "mindestens eine Vertragspartei");
        }
        return parties;
    }

    static List<Annex> annexes(JsonBody body, Fields fields) {
        List<Annex> annexes = new ArrayList<>();
        for (JsonBody annex : body.objects("annexes")) {
            String title = annex.string("title");
            String reference = annex.string("reference");
            Annex value = fields.value(annex.path(), () -> new Annex(title, reference));
            if (value != null) {
                annexes.add(value);
            }
        }
        return annexes;
    }

    static Term term(JsonBody body, Fields fields) {
        JsonBody term = body.object("term");
        if (term == null) {
            return fields.required("term", null);
        }
        String type = upper(term.string("type"));
        if ("UNLIMITED".equals(type)) {
            return new Term.Unlimited();
        }
        if (!"FIXED".equals(type)) {
            fields.refuse("term.type", "muss UNLIMITED oder FIXED sein");
            return null;
        }
        Long years = term.integer("years");
        String countedFrom = term.string("countedFrom");
        Long reviewMonths = term.integer("reviewMonthsBefore");
        String renewal = term.string("renewal");
        TermStart start = fields.value("term.countedFrom", () -> enumValue(TermStart.class, countedFrom, ""));
        RenewalRule rule = renewal == null ? RenewalRule.NONE
                : fields.value("term.renewal", () -> enumValue(RenewalRule.class, renewal, ""));
        fields.required("term.years", years);
        if (years == null || start == null || rule == null) {
            return null;
        }
        return fields.value("", () -> new Term.Fixed(years.intValue(), start,
                reviewMonths == null ? 0 : reviewMonths.intValue(), rule));
    }

    static TerminationRule termination(JsonBody body, Fields fields) {
        JsonBody termination = body.object("termination");
        if (termination == null) {
            return fields.required("termination", null);
        }
        String type = upper(termination.string("type"));
        if ("ANY_TIME".equals(type)) {
            return new TerminationRule.AnyTime();
        }
        if ("EXCLUDED".equals(type)) {
            return new TerminationRule.Excluded();
        }
        if (!"NOTICE".equals(type)) {
            fields.refuse("termination.type", "muss ANY_TIME, NOTICE oder EXCLUDED sein");
            return null;
        }
        JsonBody notice = termination.object("notice");
        Boolean writtenForm = termination.bool("writtenForm");
        if (notice == null) {
            return fields.required("termination.notice", null);
        }
        Long length = notice.integer("length");
        String unit = notice.string("unit");
        String periodEnd = notice.string("periodEnd");
        fields.required("termination.notice.length", length);
        ChronoUnit chronoUnit = fields.value("termination.notice.unit", () -> enumValue(ChronoUnit.class, unit, ""));
        PeriodEnd end = periodEnd == null ? PeriodEnd.NONE
                : fields.value("termination.notice.periodEnd", () -> PeriodEnd.fromCode(periodEnd, ""));
        if (length == null || chronoUnit == null || end == null) {
            return null;
        }
        NoticePeriod period = fields.value("termination", () -> new NoticePeriod(length.intValue(), chronoUnit, end));
        return period == null ? null : new TerminationRule.WithNotice(period, Boolean.TRUE.equals(writtenForm));
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        try {
            return Enum.valueOf(type, upper(value).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "unbekannter Wert „" + value + "“");
        }
    }
}
