package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0341 123-4567", "+49 341 1234567", "(0341) 12 34", "0341/1234567", "110"})
    void acceptsGermanNotations(String value) {
        assertThat(new PhoneNumber(value).value()).isEqualTo(value);
    }

    @Test
    void stripsAndCollapsesWhitespace() {
        assertThat(new PhoneNumber("  0341   123\t4567 ").value()).isEqualTo("0341 123 4567");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0341 ABC",          // letters
            "Tel. 0341 1234",    // a prefix with letters
            "12",                // too few digits
            "(1) - 2",           // too few digits between allowed signs
            "0341+1234",         // plus only in front
            "0341 1234 ext. 5",  // an extension in words
            "0341 12345678901234567890123456789" // longer than 30 characters
    })
    void refusesWhatIsNoPhoneNumberNamingThePhoneField(String value) {
        assertThatThrownBy(() -> new PhoneNumber(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("phone");
                    assertThat(e.reason()).isEqualTo("ist keine gültige Telefonnummer");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesMissingNumberAsEmpty(String value) {
        assertThatThrownBy(() -> new PhoneNumber(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("phone");
                    assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                });
    }

    @Property
    void acceptsAnyRunOfThreeToThirtyDigits(@ForAll @NumericChars @StringLength(min = 3, max = 30) String digits) {
        assertThat(new PhoneNumber(digits).value()).isEqualTo(digits);
    }
}
