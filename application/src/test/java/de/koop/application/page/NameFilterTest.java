package de.koop.application.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class NameFilterTest {

    @Test
    void matchesANameContainingTheTextWhateverItsCaseAccentsSpacesAndPunctuation() {
        NameFilter filter = new NameFilter("  ärzte-KAMMER ");

        assertThat(filter.text()).isEqualTo("ärzte-KAMMER");
        assertThat(filter.key()).isEqualTo("arztekammer");
        assertThat(filter.matches("Sächsische Ärztekammer")).isTrue();
        assertThat(filter.matches("Ärzte Kammer Leipzig")).isTrue();
        assertThat(filter.matches("Zahnärzte")).isFalse();
    }

    @Test
    void aBlankSearchFieldFiltersNothing() {
        assertThat(NameFilter.of(null)).isEmpty();
        assertThat(NameFilter.of("   ")).isEmpty();
        assertThat(NameFilter.of("Pflege")).contains(new NameFilter("Pflege"));
    }

    @Test
    void refusesATextWithoutALetterOrDigitOrLongerThanAName() {
        assertThatThrownBy(() -> new NameFilter("– % _"))
                .isInstanceOf(InvalidValueException.class).hasMessage("name: muss mindestens einen Buchstaben oder eine Ziffer enthalten");
        assertThatThrownBy(() -> new NameFilter("a".repeat(NameFilter.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("name: darf höchstens 200 Zeichen");
    }
}
