package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A body over the limit of the shipped configuration ({@code micronaut.server.max-request-size}, which this
 * test leaves as shipped) is refused as too large, naming the limit, not as bad input; one under it is read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitTest {

    private static final int MEGABYTE = 1024 * 1024;

    private RunningKoop koop;
    private Api api;

    @BeforeAll
    void start() {
        koop = RunningKoop.inMemory();
        api = koop.api();
    }

    @AfterAll
    void stop() {
        koop.close();
    }

    private static String networkWithGoalsOf(int characters) {
        return "{\"name\": \"Netz\", \"region\": \"Leipzig\", \"open\": true, \"goals\": \"" + "x".repeat(characters) + "\"}";
    }

    @Test
    void aBodyOverTenMegabytesGets413NamingTheLimit() {
        Api.Response tooLarge = api.post("/api/v1/networks", networkWithGoalsOf(10 * MEGABYTE));
        Api.Response signIn = koop.anonymousApi().post("/api/v1/auth/login",
                "{\"username\": \"admin\", \"password\": \"" + "x".repeat(11 * MEGABYTE) + "\"}");

        for (Api.Response refused : java.util.List.of(tooLarge, signIn)) {
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json()).containsEntry("type", "urn:koop:problem:too-large")
                    .containsEntry("title", "Anfrage zu groß").containsEntry("status", 413)
                    .containsEntry("detail", "Die Anfrage ist zu groß: erlaubt sind höchstens 10 MB (10.485.760 Bytes).");
        }
        assertThat(api.get("/api/v1/networks").number("totalItems")).isZero();
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndJudgedByItsFields() {
        Api.Response read = api.post("/api/v1/networks", networkWithGoalsOf(10 * MEGABYTE - 100));

        assertThat(read.status()).isEqualTo(400);
        assertThat(read.problemFields()).containsExactly("goals");
    }
}
