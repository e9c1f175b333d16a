package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordHasher} adapter must do: verify the passwords it hashed, and no other; salt
 * each hash, so that two accounts with one password do not show it; never keep the password readable in
 * the hash; and answer "does not match", not fail, for a password or hash it cannot take. Extend it and
 * return your adapter, at its cheapest cost so that the contract stays fast.
 */
public abstract class PasswordHasherContract {

    /** The adapter under test. */
    protected abstract PasswordHasher hasher();

    private static final List<String> PASSWORDS = List.of("Sehr-geheim-2026", "Grüße aus Köln, 12 €!",
            "correct horse battery staple", "x", "Ä".repeat(20));

    @Test
    void verifiesEachPasswordItHashed() {
        for (String password : PASSWORDS) {
            assertThat(hasher().matches(password, hasher().hash(password))).as(password).isTrue();
        }
    }

    @Test
    void refusesEveryOtherPassword() {
        String hash = hasher().hash("Sehr-geheim-2026");

        for (String other : List.of("sehr-geheim-2026", "Sehr-geheim-2027", "Sehr-geheim-202", "Sehr-geheim-2026 ",
                " Sehr-geheim-2026", "", hash)) {
            assertThat(hasher().matches(other, hash)).as(other).isFalse();
        }
        assertThat(hasher().matches("Grusse aus Koln, 12 EUR!", hasher().hash("Grüße aus Köln, 12 €!"))).isFalse();
    }

    @Test
    void refusesTheHashOfAnotherPasswordAndWhatIsNoHash() {
        String password = "Sehr-geheim-2026";

        for (String notItsHash : List.of(hasher().hash("Anderes-Passwort-1"), password, "", "kein Hash",
                "$2a$04$zu-kurz")) {
            assertThat(hasher().matches(password, notItsHash)).as(notItsHash).isFalse();
        }
    }

    @Test
    void saltsEachHash() {
        String first = hasher().hash("Sehr-geheim-2026");
        String second = hasher().hash("Sehr-geheim-2026");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher().matches("Sehr-geheim-2026", first)).isTrue();
        assertThat(hasher().matches("Sehr-geheim-2026", second)).isTrue();
    }

    @Test
    void keepsNoPasswordReadableInItsHash() {
        for (String password : PASSWORDS.stream().filter(p -> p.length() >= 8).toList()) {
            String hash = hasher().hash(password);

            assertThat(hash).as(password).doesNotContainIgnoringCase(password)
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString(password.getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aPasswordLongerThanItTakesMatchesNothingInsteadOfFailing() {
        String hash = hasher().hash("Sehr-geheim-2026");

        assertThat(hasher().matches("x".repeat(1000), hash)).isFalse();
    }
}
