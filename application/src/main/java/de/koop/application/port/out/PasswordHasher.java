package de.koop.application.port.out;

/**
 * A slow, salted password hash (bcrypt or Argon2id), so that a stolen table does not give away passwords.
 * Implementations must pass {@code PasswordHasherContract} from the application test-jar.
 */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
