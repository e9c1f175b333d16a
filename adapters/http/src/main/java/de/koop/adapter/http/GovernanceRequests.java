package de.koop.adapter.http;

import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a body's rules from JSON into domain values. The shapes (see README and OpenAPI):
 * <pre>
 * "decisionRule": {"kind": "MAJORITY_OF_MEMBERS_PRESENT", "quorumPercent": 50}
 * "cadence": {"type": "EVERY_YEARS", "years": 2} | {"type": "TIMES_A_YEAR", "times": 4, "frequency": "ABOUT"}
 *          | {"type": "VARIABLE"}
 * "composition": {"maxElectedSeats": 10, "speakerOfEachWorkingGroup": true, "reservedFor": ["&lt;partnerId&gt;"],
 *                 "memberFromEachChildGroup": false}
 * "convening": {"type": "FIXED" | "ALTERNATING" | "ROTATING", "parties": [...], "years": 2, "from": "2021-01-01"}
 * "election": {"electorateBodyId": "...", "termYears": 1, "maxConsecutiveTerms": null}
 *             (no electorateBodyId: each child group elects its own representatives)
 * </pre>
 */
final class GovernanceRequests {

    private GovernanceRequests() {
    }

    static Set<MeetingFormat> formats(JsonBody body, Fields fields) {
        List<String> given = body.strings("formats");
        Set<MeetingFormat> formats = EnumSet.noneOf(MeetingFormat.class);
        for (int i = 0; i < given.size(); i++) {
            String value = given.get(i);
            MeetingFormat format = fields.value("formats[" + i + "]", () -> MeetingFormat.fromCode(value, ""));
            if (format != null) {
                formats.add(format);
            }
        }
        if (given.isEmpty()) {
            fields.refuse("formats", "mindestens ein Sitzungsformat (IN_PERSON, VIRTUAL, HYBRID)");
        }
        return formats;
    }

    static DecisionRule decisionRule(JsonBody body, Fields fields) {
        JsonBody rule = body.object("decisionRule");
        if (rule == null) {
            return new DecisionRule(DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, Optional.empty());
        }
        String kind = rule.string("kind");
        Long quorum = rule.integer("quorumPercent");
        DecisionRule.Kind parsed = fields.value("decisionRule.kind", () -> DecisionRule.Kind.fromCode(kind, ""));
        if (parsed == null) {
            return null;
        }
        return fields.value("", () -> new DecisionRule(parsed, Optional.ofNullable(quorum).map(Long::intValue)));
    }

    static Cadence cadence(JsonBody body, Fields fields) {
        JsonBody cadence = body.object("cadence");
        if (cadence == null) {
            return new Cadence.Variable();
        }
        String type = upper(cadence.string("type"));
        Long years = cadence.integer("years");
        Long times = cadence.integer("times");
        String frequency = cadence.string("frequency");
        if ("VARIABLE".equals(type)) {
            return new Cadence.Variable();
        }
        if ("EVERY_YEARS".equals(type)) {
            fields.required("cadence.years", years);
            return years == null ? null : fields.value("", () -> new Cadence.EveryYears(years.intValue()));
        }
        if ("TIMES_A_YEAR".equals(type)) {
            fields.required("cadence.times", times);
            Cadence.TimesAYear.Frequency parsed = frequency == null ? Cadence.TimesAYear.Frequency.EXACTLY
                    : fields.value("cadence.frequency", () -> Codes.of(Cadence.TimesAYear.Frequency.class, frequency));
            return times == null || parsed == null ? null
                    : fields.value("", () -> new Cadence.TimesAYear(times.intValue(), parsed));
        }
        fields.refuse("cadence.type", "muss EVERY_YEARS, TIMES_A_YEAR oder VARIABLE sein");
        return null;
    }

    static Composition composition(JsonBody body, Fields fields) {
        JsonBody composition = body.object("composition");
        if (composition == null) {
            return Composition.open();
        }
        Long max = composition.integer("maxElectedSeats");
        Boolean speakers = composition.bool("speakerOfEachWorkingGroup");
        Boolean fromEachChild = composition.bool("memberFromEachChildGroup");
        List<PartnerId> reserved = partnerIds(composition, "reservedFor", "composition.reservedFor", fields);
        return fields.value("", () -> new Composition(Optional.ofNullable(max).map(Long::intValue),
                Boolean.TRUE.equals(speakers), reserved, Boolean.TRUE.equals(fromEachChild)));
    }

    static Optional<ConveningRule> convening(JsonBody body, Fields fields) {
        JsonBody convening = body.object("convening");
        if (convening == null) {
            return Optional.empty();
        }
        String type = upper(convening.string("type"));
        List<PartnerId> parties = partnerIds(convening, "parties", "convening.parties", fields);
        Long years = convening.integer("years");
        LocalDate from = fields.date("convening.from", convening.string("from"));
        ConveningRule rule = switch (type == null ? "" : type) {
            case "FIXED" -> parties.size() == 1 ? new ConveningRule.Fixed(parties.getFirst()) : refuseFixed(fields);
            case "ALTERNATING" -> fields.value("", () -> new ConveningRule.Alternating(parties));
            case "ROTATING" -> fields.value("", () -> new ConveningRule.Rotating(parties,
                    years == null ? 0 : years.intValue(), from));
            default -> {
                fields.refuse("convening.type", "muss FIXED, ALTERNATING oder ROTATING sein");
                yield null;
            }
        };
        return Optional.ofNullable(rule);
    }

    static Optional<ElectionRules> election(JsonBody body, Fields fields) {
        JsonBody election = body.object("election");
        if (election == null) {
            return Optional.empty();
        }
        String electorate = election.string("electorateBodyId");
        Long termYears = election.integer("termYears");
        Long maxTerms = election.integer("maxConsecutiveTerms");
        BodyId electorateId = electorate == null ? null
                : fields.value("election.electorateBodyId", () -> BodyId.parse(electorate, ""));
        fields.required("election.termYears", termYears);
        if (termYears == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(fields.value("", () -> new ElectionRules(Optional.ofNullable(electorateId),
                termYears.intValue(),
                Optional.ofNullable(maxTerms).map(Long::intValue))));
    }

    static List<PartnerId> partnerIds(JsonBody body, String name, String path, Fields fields) {
        List<String> given = body.strings(name);
        List<PartnerId> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String value = given.get(i);
            PartnerId id = fields.value(path + "[" + i + "]", () -> PartnerId.parse(value, ""));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static ConveningRule refuseFixed(Fields fields) {
        fields.refuse("convening.parties", "eine feste Zuständigkeit nennt genau einen Partner");
        return null;
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
