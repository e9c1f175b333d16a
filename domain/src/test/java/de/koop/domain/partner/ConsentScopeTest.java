package de.koop.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentScopeTest {

    @ParameterizedTest
    @CsvSource({"LOGO, LOGO", "logo, LOGO", "' Contacts ', CONTACTS"})
    void readsACodeWhateverItsCase(String code, ConsentScope expected) {
        assertThat(ConsentScope.fromCode(code, "scope")).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "NEWSLETTER", "LOGOS"})
    void refusesAnUnknownScopeNamingTheAllowedOnes(String code) {
        assertThatThrownBy(() -> ConsentScope.fromCode(code, "scope"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("scope");
                    assertThat(e.reason()).contains("LOGO", "CONTACTS");
                });
    }
}
