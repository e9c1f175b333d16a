package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins are limited per account and address, per address, and per account from addresses it
 * has not signed in from, so that guessing is slowed while nobody elsewhere can lock the owner out.
 * Clients connect from different addresses of this machine (all of 127.0.0.0/8 is loopback).
 */
class SignInLimitTest {

    private static final String WRONG = "{\"username\": \"%s\", \"password\": \"geraten\"}";
    private static final String RIGHT = "{\"username\": \"admin\", \"password\": \"" + RunningKoop.ADMIN_PASSWORD + "\"}";

    /** A client that connects from one address and may claim another in forwarded headers. */
    private record Client(URI login, HttpClient http) {

        static Client from(RunningKoop koop, String address) {
            try {
                return new Client(URI.create("http://127.0.0.1:" + koop.anonymousApi().baseUri().getPort()
                        + "/api/v1/auth/login"), HttpClient.newBuilder().localAddress(InetAddress.getByName(address))
                        .build());
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> signIn(String json, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(login).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return Api.exchange(http, request.build());
        }

        List<Integer> fail(String username, int times) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                statuses.add(signIn(WRONG.formatted(username)).statusCode());
            }
            return statuses;
        }
    }

    @Test
    void theOwnerSignsInFromTheirAddressWhileAnAttackerElsewhereIsLimited() {
        try (RunningKoop koop = RunningKoop.withShippedSignInLimits(Map.of(), "inmemory")) {
            Client attacker = Client.from(koop, "127.0.0.2");
            Client owner = Client.from(koop, "127.0.0.1");

            List<Integer> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                // claiming the owner's address does not move the attacker's failures there
                guesses.add(attacker.signIn(WRONG.formatted("admin"), "X-Forwarded-For", "127.0.0.1",
                        "Forwarded", "for=127.0.0.1").statusCode());
            }
            HttpResponse<String> limited = attacker.signIn(RIGHT);
            HttpResponse<String> ownersSignIn = owner.signIn(RIGHT);

            assertThat(guesses.subList(0, 5)).containsOnly(401);
            assertThat(guesses.subList(5, 30)).containsOnly(429);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Long.parseLong(seconds)).isBetween(1L, 300L));
            assertThat(ownersSignIn.statusCode()).as(ownersSignIn.body()).isEqualTo(200);
        }
    }

    @Test
    void anAddressGuessingAcrossManyAccountsIsLimited() {
        try (RunningKoop koop = RunningKoop.withShippedSignInLimits(Map.of(), "inmemory")) {
            Client sprayer = Client.from(koop, "127.0.0.3");

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                statuses.addAll(sprayer.fail("konto" + i, 1));
            }

            assertThat(statuses.subList(0, 20)).containsOnly(401);
            assertThat(statuses.subList(20, 25)).containsOnly(429);
            assertThat(sprayer.signIn(RIGHT).statusCode()).isEqualTo(429);
            assertThat(Client.from(koop, "127.0.0.1").signIn(RIGHT).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void guessingFromManyAddressesMeetsTheAccountsCeilingWhichSparesAnAddressTheOwnerSignedInFrom() {
        try (RunningKoop koop = RunningKoop.withShippedSignInLimits(Map.of(), "inmemory")) {
            Client owner = Client.from(koop, "127.0.0.1");
            assertThat(owner.signIn(RIGHT).statusCode()).isEqualTo(200);

            List<Integer> statuses = new ArrayList<>();
            for (int host = 1; host <= 21; host++) {
                statuses.addAll(Client.from(koop, "127.0.1." + host).fail("admin", 5));
            }

            // 20 addresses with 5 failures each reach the ceiling of 100; the 21st address is refused
            assertThat(statuses.subList(0, 100)).containsOnly(401);
            assertThat(statuses.subList(100, 105)).containsOnly(429);
            assertThat(owner.signIn(RIGHT).statusCode()).isEqualTo(200);
            assertThat(Client.from(koop, "127.0.0.9").signIn(RIGHT).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void failuresLapseAfterTheWindow() {
        try (RunningKoop koop = RunningKoop.withShippedSignInLimits(Map.of(
                "koop.security.sign-in.attempts-per-account-and-address", 2, "koop.security.sign-in.window", "1s"),
                "inmemory")) {
            Client client = Client.from(koop, "127.0.0.4");

            List<Integer> statuses = client.fail("admin", 3);
            RunningKoop.pause(java.time.Duration.ofMillis(1_100));

            assertThat(statuses).containsExactly(401, 401, 429);
            assertThat(client.signIn(RIGHT).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSuccessfulSignInDoesNotCount() {
        try (RunningKoop koop = RunningKoop.withShippedSignInLimits(Map.of(), "inmemory")) {
            Client client = Client.from(koop, "127.0.0.5");

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                statuses.add(client.signIn(RIGHT).statusCode());
            }
            statuses.addAll(client.fail("admin", 4));

            assertThat(statuses.subList(0, 25)).containsOnly(200);
            assertThat(statuses.subList(25, 29)).containsOnly(401);
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
