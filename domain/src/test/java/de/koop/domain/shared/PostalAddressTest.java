package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTest {

    @Test
    void keepsAFiveDigitPostalCodeWithItsLeadingZero() {
        PostalAddress address = new PostalAddress("Markt 1", "04103", "Leipzig");

        assertThat(address.street()).isEqualTo("Markt 1");
        assertThat(address.postalCode()).isEqualTo("04103");
        assertThat(address.city()).isEqualTo("Leipzig");
    }

    @Test
    void trimsAllParts() {
        PostalAddress address = new PostalAddress("  Markt 1 ", " 04103 ", " Leipzig  ");

        assertThat(address).isEqualTo(new PostalAddress("Markt 1", "04103", "Leipzig"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4103", "041033", "ABCDE", "04 103", "0410A", "D-04103"})
    void refusesPostalCodesThatAreNotFiveDigits(String postalCode) {
        assertThatThrownBy(() -> new PostalAddress("Markt 1", postalCode, "Leipzig"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("postalCode");
                    assertThat(e.reason()).isEqualTo("muss eine fünfstellige Postleitzahl sein");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void requiresAPostalCode(String postalCode) {
        assertThatThrownBy(() -> new PostalAddress("Markt 1", postalCode, "Leipzig"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("postalCode"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresAStreet(String street) {
        assertThatThrownBy(() -> new PostalAddress(street, "04103", "Leipzig"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("street");
                    assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresACity(String city) {
        assertThatThrownBy(() -> new PostalAddress("Markt 1", "04103", city))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("city");
                    assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                });
    }

    @Test
    void refusesAStreetLongerThan200Characters() {
        assertThatThrownBy(() -> new PostalAddress("x".repeat(201), "04103", "Leipzig"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("street"));
    }

    @Test
    void refusesACityLongerThan100Characters() {
        assertThatThrownBy(() -> new PostalAddress("Markt 1", "04103", "x".repeat(101)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("city"));
    }
}
