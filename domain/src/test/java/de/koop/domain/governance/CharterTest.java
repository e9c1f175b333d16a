package de.koop.domain.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.InvalidValueException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharterTest {

    private static final DecisionRule CONSENSUS = new DecisionRule(DecisionRule.Kind.CONSENSUS, Optional.empty());

    private static Charter charter(Set<MeetingFormat> formats, List<String> topics, String responsibilities) {
        return new Charter(formats, false, CONSENSUS, new Cadence.Variable(), topics,
                Optional.ofNullable(responsibilities), null, null, null);
    }

    @Test
    void aBodyMeetsInAtLeastOneFormat() {
        assertThatThrownBy(() -> charter(EnumSet.noneOf(MeetingFormat.class), List.of(), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("formats"));
    }

    @Test
    void aRequiredTopicIsNamedByItsPlaceInTheList() {
        assertThatThrownBy(() -> charter(Set.of(MeetingFormat.VIRTUAL), List.of("Bericht", " "), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("requiredTopics[1]"));
    }

    @Test
    void whatIsNotSaidIsOpenCompositionNoConveningRuleAndNoElection() {
        Charter charter = charter(Set.of(MeetingFormat.VIRTUAL), null, "   ");

        assertThat(charter.composition()).isEqualTo(Composition.open());
        assertThat(charter.convening()).isEmpty();
        assertThat(charter.electionRules()).isEmpty();
        assertThat(charter.requiredTopics()).isEmpty();
        assertThat(charter.responsibilities()).isEmpty();
    }

    @Test
    void anErasureReplacesTopicsAndResponsibilitiesAndKeepsTheRest() {
        Charter charter = charter(Set.of(MeetingFormat.VIRTUAL, MeetingFormat.HYBRID), List.of("Bericht von Anna Roth"),
                "Leitung: Anna Roth");

        Charter redacted = charter.withRequiredTopics(List.of("Bericht von Person 1"))
                .withResponsibilities("Leitung: Person 1");

        assertThat(redacted.requiredTopics()).containsExactly("Bericht von Person 1");
        assertThat(redacted.responsibilities()).contains("Leitung: Person 1");
        assertThat(redacted.formats()).isEqualTo(charter.formats());
        assertThat(redacted.decisionRule()).isEqualTo(CONSENSUS);
    }
}
