package de.koop.adapter.password.bcrypt;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.PasswordHasher;
import de.koop.application.port.out.PasswordHasherContract;
import org.junit.jupiter.api.Test;

/** The contract, at the cheapest cost bcrypt allows (4), so that the test stays fast; the shipped cost is 12. */
class BcryptPasswordHasherTest extends PasswordHasherContract {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void theHashCarriesTheConfiguredCost() {
        assertThat(hasher.hash("Sehr-geheim-2026")).startsWith("$2a$04$");
        assertThat(new BcryptPasswordHasher(5).hash("Sehr-geheim-2026")).startsWith("$2a$05$");
    }
}
