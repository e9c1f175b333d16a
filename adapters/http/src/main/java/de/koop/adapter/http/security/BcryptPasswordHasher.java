package de.koop.adapter.http.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import de.koop.application.port.out.PasswordHasher;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** bcrypt with a cost of {@code koop.security.bcrypt-cost} (12: about a quarter second a hash here). */
@Singleton
public class BcryptPasswordHasher implements PasswordHasher {

    private final int cost;

    public BcryptPasswordHasher(@Value("${koop.security.bcrypt-cost:12}") int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        try {
            return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                    hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException e) {
            return false; // longer than bcrypt takes (72 bytes): no account can have it
        }
    }
}
