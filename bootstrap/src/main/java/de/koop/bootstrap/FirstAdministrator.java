package de.koop.bootstrap;

import de.koop.application.access.SystemJobs;
import de.koop.application.port.in.UserAdministrationUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the first administrator's account at start from {@code KOOP_ADMIN_USERNAME} and
 * {@code KOOP_ADMIN_PASSWORD}, when no account of that name exists. Without them nobody can sign in
 * until an account is made, and there is no default password.
 *
 * <p>Once the server listens, not before: the use cases it needs and, on a fresh database, the bcrypt hash
 * (0.45 s at cost 12) would otherwise delay the first answer of a start (BENCHMARKS.md, Start-up). A
 * sign-in in that moment finds no account yet and is refused as any unknown name is.
 */
@Singleton
class FirstAdministrator implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdministrationUseCase users;
    private final String username;
    private final String password;

    FirstAdministrator(UserAdministrationUseCase users, @Value("${koop.security.admin.username:}") String username,
                       @Value("${koop.security.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (username.isBlank() || password.isBlank()) {
            LOG.warn("No KOOP_ADMIN_USERNAME/KOOP_ADMIN_PASSWORD: no administrator account is created");
            return;
        }
        // koop creates it itself, with nobody signed in
        SystemJobs.run(() -> users.ensureAdministrator(username, password));
    }
}
