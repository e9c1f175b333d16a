package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void normalisesCaseAndSurroundingWhitespace() {
        EmailAddress address = new EmailAddress(" Ann@Stadt.DE ");

        assertThat(address.value()).isEqualTo("ann@stadt.de");
        assertThat(address).isEqualTo(new EmailAddress("ann@stadt.de"));
        assertThat(address).hasToString("ann@stadt.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ann@stadt.de",
            "a.nn-b+pflege@sozialamt.leipzig.de",
            "info@pflegenetz-leipzig.de"
    })
    void acceptsCommonAddresses(String value) {
        assertThat(new EmailAddress(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ann.stadt.de",        // no @
            "ann@stadt",           // no dot in the domain
            "ann@@stadt.de",       // two @
            "@stadt.de",           // no local part
            "ann@.de",             // empty domain label
            "ann@stadt..de",       // empty label between dots
            "ann @stadt.de",       // space in the local part
            "ann@sta dt.de",       // space in the domain
            "ann@stadt.d",         // one-letter top-level domain
            "ann@stadt.d3"         // digit in the top-level domain
    })
    void refusesMalformedAddressesNamingTheEmailField(String value) {
        assertThatThrownBy(() -> new EmailAddress(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.reason()).isEqualTo("ist keine gültige E-Mail-Adresse");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesMissingAddressAsEmpty(String value) {
        assertThatThrownBy(() -> new EmailAddress(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann\u00A0x@stadt.de", "ann\u0000x@stadt.de", "ann@stadt\u2003.de"})
    void refusesNonAsciiSpacesAndControlCharacters(String value) {
        assertThatThrownBy(() -> new EmailAddress(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void acceptsAnAddressOfExactly254Characters() {
        String address = "a".repeat(254 - "@stadt.de".length()) + "@stadt.de";
        assertThat(address).hasSize(254);

        assertThat(new EmailAddress(address).value()).hasSize(254);
    }

    @Test
    void refusesAnAddressLongerThan254Characters() {
        String address = "a".repeat(255 - "@stadt.de".length()) + "@stadt.de";
        assertThat(address).hasSize(255);

        assertThatThrownBy(() -> new EmailAddress(address))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void lengthLimitAppliesAfterStrippingSurroundingWhitespace() {
        String address = "a".repeat(254 - "@stadt.de".length()) + "@stadt.de";

        assertThat(new EmailAddress("  " + address + "  ").value()).isEqualTo(address);
    }

    @Property
    void normalisationIsIdempotentForValidAddresses(@ForAll("validAddresses") String raw) {
        EmailAddress once = new EmailAddress(raw);
        EmailAddress twice = new EmailAddress(once.value());

        assertThat(twice).isEqualTo(once);
        assertThat(once.value()).isEqualTo(raw.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Provide
    Arbitrary<String> validAddresses() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('.', '_', '+', '-').ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('-').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> padding = Arbitraries.of("", " ", "  ", "\t");
        return Combinators.combine(padding, local, label, tld, padding)
                .as((before, l, d, t, after) -> before + l + "@" + d + "." + t + after);
    }
}
