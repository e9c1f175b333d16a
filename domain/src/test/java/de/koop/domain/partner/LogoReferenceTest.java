package de.koop.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogoReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.leipzig.de/logo.png",
            "http://pflegenetz.example/bilder/logo.svg?v=2",
            "HTTPS://WWW.LEIPZIG.DE/logo.png"
    })
    void acceptsAbsoluteHttpAddresses(String url) {
        assertThat(new LogoReference(url).url()).isEqualTo(url);
    }

    @Test
    void trimsTheAddress() {
        assertThat(new LogoReference("  https://www.leipzig.de/logo.png ").url())
                .isEqualTo("https://www.leipzig.de/logo.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ftp://www.leipzig.de/logo.png",
            "file:///C:/logo.png",
            "javascript:alert(1)",
            "/bilder/logo.png",
            "www.leipzig.de/logo.png",
            "https:///logo.png"
    })
    void refusesAddressesThatAreNotAbsoluteHttp(String url) {
        assertThatThrownBy(() -> new LogoReference(url))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("logoUrl");
                    assertThat(e.reason()).isEqualTo("muss eine http- oder https-Adresse sein");
                });
    }

    @Test
    void refusesSyntacticallyBrokenAddresses() {
        assertThatThrownBy(() -> new LogoReference("https://www.leipzig.de/mein logo.png"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("logoUrl");
                    assertThat(e.reason()).isEqualTo("ist keine gültige Adresse");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesAMissingAddress(String url) {
        assertThatThrownBy(() -> new LogoReference(url))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("logoUrl");
                    assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                });
    }

    @Test
    void acceptsAnAddressOf500CharactersAndRefusesALongerOne() {
        String prefix = "https://www.leipzig.de/";
        String exactly500 = prefix + "a".repeat(500 - prefix.length());
        String longer = exactly500 + "a";

        assertThat(new LogoReference(exactly500).url()).hasSize(500);
        assertThatThrownBy(() -> new LogoReference(longer))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("logoUrl");
                    assertThat(e.reason()).isEqualTo("darf höchstens 500 Zeichen lang sein");
                });
    }
}
