package de.koop.adapter.password.bcrypt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cheapest cost bcrypt allows (4), so that the test stays fast; the shipped cost is 12. */
class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void aPasswordMatchesItsHashAndNoOther() {
        String hash = hasher.hash("Sehr-geheim-2026");

        assertThat(hasher.matches("Sehr-geheim-2026", hash)).isTrue();
        assertThat(hasher.matches("sehr-geheim-2026", hash)).isFalse();
        assertThat(hash).doesNotContain("Sehr-geheim-2026");
    }

    @Test
    void theHashIsSaltedAndCarriesTheConfiguredCost() {
        String first = hasher.hash("Sehr-geheim-2026");
        String second = hasher.hash("Sehr-geheim-2026");

        assertThat(first).startsWith("$2a$04$").isNotEqualTo(second);
        assertThat(new BcryptPasswordHasher(5).hash("Sehr-geheim-2026")).startsWith("$2a$05$");
    }

    @Test
    void umlautsAreHashedAsUtf8() {
        String hash = hasher.hash("Grüße-aus-Köln");

        assertThat(hasher.matches("Grüße-aus-Köln", hash)).isTrue();
        assertThat(hasher.matches("Grusse-aus-Koln", hash)).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptTakesMatchesNothingInsteadOfFailing() {
        String hash = hasher.hash("Sehr-geheim-2026");

        assertThat(hasher.matches("x".repeat(100), hash)).isFalse();
    }
}
