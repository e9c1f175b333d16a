package de.koop.adapter.password.bcrypt;

import at.favre.lib.crypto.bcrypt.BCrypt;
import de.koop.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;

/** bcrypt with a configured cost (12: about a quarter second a hash here). */
public final class BcryptPasswordHasher implements PasswordHasher {

    private final int cost;

    public BcryptPasswordHasher(int cost) {
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
