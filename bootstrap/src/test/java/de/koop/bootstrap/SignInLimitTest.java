package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in attempts are limited per account and per address; no account exists without configuration. */
class SignInLimitTest {

    @Test
    void afterTheAttemptsOfAnAccountAreUsedUpEvenTheRightPasswordWaits() {
        try (RunningKoop koop = RunningKoop.inMemory(Map.of("koop.security.sign-in.attempts-per-account", 3))) {
            Api anonymous = koop.anonymousApi();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(anonymous.post("/api/v1/auth/login",
                        "{\"username\": \"admin\", \"password\": \"geraten-" + i + "\"}").status());
            }
            Api.Response right = anonymous.post("/api/v1/auth/login", "{\"username\": \"admin\", \"password\": \"%s\"}"
                    .formatted(RunningKoop.ADMIN_PASSWORD));

            assertThat(statuses).containsOnly(401);
            assertThat(right.status()).isEqualTo(429);
            assertThat(right.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void withoutConfiguredAdministratorNobodyCanSignIn() {
        try (RunningKoop koop = RunningKoop.inMemory(Map.of("koop.security.admin.username", "",
                "koop.security.admin.password", ""))) {
            assertThat(koop.anonymousApi().post("/api/v1/auth/login",
                    "{\"username\": \"admin\", \"password\": \"admin\"}").status()).isEqualTo(401);
        }
    }
}
