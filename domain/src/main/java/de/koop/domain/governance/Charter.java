package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a body works by (Geschäftsordnung), as data: how it meets and how often, whether minutes
 * are kept, how it decides, what it must deal with, who sits in it, who convenes it and how its seats
 * are elected. A body's identity, place in the structure and lifetime are the body's own.
 *
 * @param formats          how it may meet; at least one
 * @param requiredTopics   topics every meeting must deal with
 * @param responsibilities what the body is for, in the words of its founding decision
 * @param convening        who convenes it, if a rule says so
 * @param electionRules    how its elected seats are filled; empty if it is not elected
 */
public record Charter(Set<MeetingFormat> formats, boolean minutesRequired, DecisionRule decisionRule, Cadence cadence,
                      List<String> requiredTopics, Optional<String> responsibilities, Composition composition,
                      Optional<ConveningRule> convening, Optional<ElectionRules> electionRules) {

    public Charter {
        if (formats == null || formats.isEmpty()) {
            throw new InvalidValueException("formats", "mindestens ein Sitzungsformat");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        if (decisionRule == null) {
            throw new InvalidValueException("decisionRule", "darf nicht leer sein");
        }
        if (cadence == null) {
            throw new InvalidValueException("cadence", "darf nicht leer sein");
        }
        List<String> topics = new ArrayList<>();
        List<String> given = requiredTopics == null ? List.of() : requiredTopics;
        for (int i = 0; i < given.size(); i++) {
            topics.add(Text.required(given.get(i), "requiredTopics[" + i + "]", 300));
        }
        requiredTopics = List.copyOf(topics);
        responsibilities = Text.optionalMultiline(
                Objects.requireNonNullElse(responsibilities, Optional.<String>empty()).orElse(null),
                "responsibilities", 4000);
        composition = composition == null ? Composition.open() : composition;
        convening = Objects.requireNonNullElse(convening, Optional.empty());
        electionRules = Objects.requireNonNullElse(electionRules, Optional.empty());
    }

    /** The same rules with other required topics (after an erasure replaced a name in them). */
    public Charter withRequiredTopics(List<String> topics) {
        return new Charter(formats, minutesRequired, decisionRule, cadence, topics, responsibilities, composition,
                convening, electionRules);
    }

    /** The same rules with other responsibilities (after an erasure replaced a name in them). */
    public Charter withResponsibilities(String text) {
        return new Charter(formats, minutesRequired, decisionRule, cadence, requiredTopics, Optional.ofNullable(text),
                composition, convening, electionRules);
    }
}
