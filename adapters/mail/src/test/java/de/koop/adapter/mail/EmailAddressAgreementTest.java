package de.koop.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The domain's rule for e-mail addresses and the mail adapter agree: every address {@link EmailAddress}
 * accepts, Jakarta Mail parses strictly as one mailbox with the same address, so that nothing koop accepts
 * fails when it is sent. What Jakarta Mail refuses, the domain refuses too.
 */
class EmailAddressAgreementTest {

    private static final String ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";
    /** What addresses are made of, and what breaks them: specials, spaces, dots, non-ASCII, controls. */
    private static final String TRICKY = "\"(),:;<>@[\\] .\t\u00e4\u00df\u00a0\u0000";

    private static InternetAddress strictly(String address) throws AddressException {
        InternetAddress parsed = new InternetAddress(address, true);
        parsed.validate();
        return parsed;
    }

    private static boolean domainAccepts(String candidate) {
        try {
            new EmailAddress(candidate);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Property(tries = 3000)
    void everyAddressBuiltByTheRuleIsAcceptedByBothAsTheSameMailbox(@ForAll("sendable") String candidate)
            throws AddressException {
        EmailAddress address = new EmailAddress(candidate);

        InternetAddress parsed = strictly(address.value());

        assertThat(parsed.getAddress()).isEqualTo(address.value());
        assertThat(parsed.getPersonal()).isNull();
        assertThat(InternetAddress.parse(address.value(), true)).hasSize(1);
    }

    @Property(tries = 5000)
    void whatTheDomainAcceptsAmongNearMissesJakartaMailAcceptsStrictly(@ForAll("nearMisses") String candidate)
            throws AddressException {
        boolean accepted = domainAccepts(candidate);
        Statistics.label("domain").collect(accepted ? "accepts" : "refuses");
        Statistics.label("domain").coverage(coverage -> {
            coverage.check("accepts").percentage(p -> p > 10);
            coverage.check("refuses").percentage(p -> p > 10);
        });
        if (accepted) {
            assertThat(strictly(new EmailAddress(candidate).value()).getAddress())
                    .isEqualTo(new EmailAddress(candidate).value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b@x.example", "a;b@x.example", "o\"brien@x.example", "a>b@x.example",
            "a<b@x.example", ".a@x.example", "a..b@x.example", "a.@x.example", "a b@x.example", "a(b)@x.example",
            "a@x..example", "a@x.example.", "a@x_y.example", "a@b@x.example", "a@x.example, b@x.example"})
    void whatJakartaMailRefusesStrictlyTheDomainRefusesToo(String address) {
        assertThatThrownBy(() -> strictly(address)).isInstanceOf(AddressException.class);
        assertThat(domainAccepts(address)).isFalse();
    }

    @Provide
    Arbitrary<String> sendable() {
        Arbitrary<String> atom = Arbitraries.strings().withChars(ATEXT.toCharArray()).ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(3).map(atoms -> String.join(".", atoms))
                .filter(l -> l.length() <= 64);
        Arbitrary<String> label = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofLength(1),
                Combinators.combine(Arbitraries.strings().alpha().numeric().ofLength(1),
                                Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(20),
                                Arbitraries.strings().alpha().numeric().ofLength(1))
                        .as((first, middle, last) -> first + middle + last));
        Arbitrary<String> domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(10))
                .as((labels, top) -> String.join(".", labels) + "." + top);
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }

    /** Addresses the rule would build, with a character or two changed to something that breaks many. */
    @Provide
    Arbitrary<String> nearMisses() {
        Arbitrary<Character> breaking = Arbitraries.chars().with(TRICKY.toCharArray());
        return Combinators.combine(sendable(), breaking.list().ofMinSize(0).ofMaxSize(2),
                        Arbitraries.integers().between(0, 1000).list().ofSize(2))
                .as((address, characters, positions) -> {
                    StringBuilder changed = new StringBuilder(address);
                    for (int i = 0; i < characters.size(); i++) {
                        int at = positions.get(i) % (changed.length() + 1);
                        if (positions.get(i) % 2 == 0 && at < changed.length()) {
                            changed.setCharAt(at, characters.get(i));
                        } else {
                            changed.insert(at, characters.get(i));
                        }
                    }
                    return changed.toString();
                });
    }
}
