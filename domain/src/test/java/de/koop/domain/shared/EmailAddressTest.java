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
            "info@pflegenetz-leipzig.de",
            "o'brien@stadt.de",
            "a!#$%&'*+/=?^_`{|}~-@x.example",
            "info@xn--brgerhaus-q9a.de",
            "1@2.example"
    })
    void acceptsAddressesAMailServerTakes(String value) {
        EmailAddress address = new EmailAddress(value);

        assertThat(address.value()).isEqualTo(value);
        assertThat(address.sendable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a,b@x.example",       // two addresses, or none
            "a;b@x.example",
            "o\"brien@x.example",  // an unbalanced quote
            "a>b@x.example",       // half an angle-addr
            "a<b@x.example",
            "\"a b\"@x.example",   // quoted local parts: valid RFC 5322, but koop keeps to dot-atoms
            "a(b)@x.example",      // a comment
            "a\\b@x.example",
            "a:b@x.example",
            "a[b]@x.example",
            ".ann@x.example",      // dots only between atoms
            "ann.@x.example",
            "an..n@x.example",
            "ann@-stadt.de",       // labels neither start nor end with a hyphen
            "ann@stadt-.de",
            "ann@st_adt.de",
            "ann@[192.168.0.1]",   // no address literals
            "jörg@stadt.de",       // ASCII only: mail servers need SMTPUTF8 for more
            "ann@bürgerhaus.de",
            "Ann <ann@stadt.de>"   // a mailbox with a name, not an address
    })
    void refusesWhatNoMailServerTakesNamingTheEmailField(String value) {
        assertThatThrownBy(() -> new EmailAddress(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.reason()).isEqualTo("ist keine gültige E-Mail-Adresse");
                });
    }

    @Test
    void refusesALocalPartLongerThan64OrALabelLongerThan63Characters() {
        assertThat(new EmailAddress("a".repeat(64) + "@" + "b".repeat(63) + ".de").sendable()).isTrue();
        assertThatThrownBy(() -> new EmailAddress("a".repeat(65) + "@stadt.de"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EmailAddress("ann@" + "b".repeat(64) + ".de"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsBackAnAddressStoredUnderTheOlderRuleAsNotSendable() {
        EmailAddress stored = EmailAddress.stored(" A;B@X.example ");

        assertThat(stored.value()).isEqualTo("a;b@x.example");
        assertThat(stored.sendable()).isFalse();
        assertThat(EmailAddress.stored("Ann@Stadt.de")).isEqualTo(new EmailAddress("ann@stadt.de"));
        assertThatThrownBy(() -> EmailAddress.stored("ann@@stadt.de")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EmailAddress.stored(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void marksNoAddressWronglyAsUnsendableOrSendable() {
        assertThatThrownBy(() -> new EmailAddress("ann@stadt.de", false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EmailAddress("a;b@x.example", true)).isInstanceOf(InvalidValueException.class);
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

    /** 64 characters, "@", and labels of up to 63 characters making up the rest, to {@code length}. */
    private static String addressOf(int length) {
        StringBuilder domain = new StringBuilder("de");
        while (64 + 1 + domain.length() < length) {
            int label = Math.min(63, length - 64 - 1 - domain.length() - 1);
            domain.insert(0, "b".repeat(Math.max(1, label)) + ".");
        }
        return "a".repeat(64) + "@" + domain;
    }

    @Test
    void acceptsAnAddressOfExactly254Characters() {
        String address = addressOf(254);
        assertThat(address).hasSize(254);

        assertThat(new EmailAddress(address).value()).hasSize(254);
    }

    @Test
    void refusesAnAddressLongerThan254Characters() {
        String address = addressOf(255);
        assertThat(address).hasSize(255);

        assertThatThrownBy(() -> new EmailAddress(address))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void lengthLimitAppliesAfterStrippingSurroundingWhitespace() {
        String address = addressOf(254);

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
        Arbitrary<String> atom = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('_', '+', '-').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(3).map(atoms -> String.join(".", atoms));
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> padding = Arbitraries.of("", " ", "  ", "\t");
        return Combinators.combine(padding, local, label, tld, padding)
                .as((before, l, d, t, after) -> before + l + "@" + d + "." + t + after);
    }
}
