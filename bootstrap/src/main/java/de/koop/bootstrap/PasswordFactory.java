package de.koop.bootstrap;

import de.koop.adapter.password.bcrypt.BcryptPasswordHasher;
import de.koop.application.port.out.PasswordHasher;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The password hash: bcrypt at the cost {@code koop.security.bcrypt-cost} (tests lower it to be fast). */
@Factory
class PasswordFactory {

    @Singleton
    PasswordHasher passwordHasher(@Value("${koop.security.bcrypt-cost:12}") int cost) {
        return new BcryptPasswordHasher(cost);
    }
}
