package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The public APIs over HTTP as clients meet them: methods they do not offer are refused with 405 and the
 * methods they do, and browsers on other sites (a network's website, an OParl client) may read them, with
 * a preflight for a conditional GET. The authenticated API stays closed to other origins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApisOverHttpTest {

    private static final String WEBSITE = "https://pflegenetz-leipzig.example";
    private static final String UNKNOWN = "6f1c2a56-0000-4000-8000-00000000000b";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningKoop koop;
    private URI base;
    private String accessToken;
    private String network;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void aNetwork() {
        koop = RunningKoop.inMemory();
        base = koop.anonymousApi().baseUri();
        accessToken = koop.anonymousApi().post("/api/v1/auth/login", "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(RunningKoop.ADMIN, RunningKoop.ADMIN_PASSWORD)).string("accessToken");
        network = koop.api().post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
    }

    @AfterAll
    void stop() {
        koop.close();
    }

    private HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Api.exchange(http, request.build());
    }

    /**
     * A browser's request from the network's website to koop under its public name: Micronaut refuses
     * requests of other origins to a server addressed as localhost (drive-by-localhost attacks), so the
     * test names the host as a reverse proxy would.
     */
    private HttpResponse<String> fromWebsite(String method, String path, String... headers) {
        List<String> all = new ArrayList<>(List.of("Origin", WEBSITE, "X-Forwarded-Host", "koop.example.org",
                "X-Forwarded-Proto", "https"));
        all.addAll(List.of(headers));
        return send(method, path, all.toArray(String[]::new));
    }

    private HttpResponse<String> preflight(String path, String method, String requestHeaders) {
        return fromWebsite("OPTIONS", path, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", requestHeaders);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private static List<String> allowed(HttpResponse<String> response) {
        return response.headers().allValues("Allow").stream()
                .flatMap(value -> List.of(value.split(",")).stream()).map(String::strip).toList();
    }

    private List<String> oparlPaths() {
        String body = "/oparl/v1.1/bodies/" + network;
        return List.of("/oparl/v1.1", "/oparl/v1.1/system", "/oparl/v1.1/bodies", body, body + "/persons",
                body + "/organizations/" + UNKNOWN, body + "/files/" + UNKNOWN + "/text");
    }

    @Test
    void everyMethodButReadingGets405WithAnOParlErrorAndTheMethodsAllowedSignedInOrNot() {
        List<String> wrong = new ArrayList<>();
        for (String path : oparlPaths()) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
                for (boolean signedIn : List.of(false, true)) {
                    HttpResponse<String> answer = signedIn
                            ? send(method, path, "Authorization", "Bearer " + accessToken, "Content-Type", "application/json")
                            : send(method, path, "Content-Type", "application/json");
                    JsonNode error = answer.statusCode() == 405 ? json(answer) : null;
                    if (error == null || !error.path("type").asText().equals("https://schema.oparl.org/1.1/Error")
                            || error.path("status").asInt() != 405
                            || !error.path("message").asText().startsWith("Die Methode " + method + " ist hier nicht vorgesehen")
                            || !allowed(answer).containsAll(List.of("GET", "HEAD")) || allowed(answer).contains(method)
                            || !answer.headers().firstValue("Access-Control-Allow-Origin").orElse("").equals("*")) {
                        wrong.add(method + " " + path + (signedIn ? " (signed in)" : "") + " -> " + answer.statusCode()
                                + " " + answer.headers().map() + " " + answer.body());
                    }
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(send("HEAD", "/oparl/v1.1/system").statusCode()).isEqualTo(200);
    }

    @Test
    void theOParlApiOffersOnlyReadingWhichIsWhyAnyoneMayAskItWithAnyMethod() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(send("GET", "/openapi.yml").body()).get("paths");

        List<String> oparl = paths.entrySet().stream().filter(p -> p.getKey().startsWith("/oparl"))
                .flatMap(p -> p.getValue().keySet().stream().map(m -> m + " " + p.getKey())).toList();

        assertThat(oparl).hasSizeGreaterThan(4).allMatch(operation -> operation.startsWith("get "));
    }

    @Test
    void aBrowserOnAnotherSiteMayAskTheOParlApiForAConditionalGetAndReadTheAnswer() {
        for (String path : List.of("/oparl/v1.1/system", "/oparl/v1.1/bodies/" + network + "/persons")) {
            HttpResponse<String> preflight = preflight(path, "GET", "if-none-match");
            HttpResponse<String> get = fromWebsite("GET", path, "If-None-Match", "\"1\"");

            assertThat(preflight.statusCode()).as(path).isBetween(200, 299);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isPresent()
                    .get().isIn("*", WEBSITE);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                    .contains("if-none-match");
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        }
        assertThat(fromWebsite("GET", "/oparl/v1.1/bodies/" + UNKNOWN).headers().allValues("Access-Control-Allow-Origin"))
                .containsExactly("*");
        assertThat(preflight("/oparl/v1.1/system", "POST", "content-type").statusCode() / 100).isNotEqualTo(2);
    }

    @Test
    void theNetworksWebsiteMayReadItsPublicDirectoryWithItsETag() {
        String directory = "/api/v1/public/networks/" + network + "/directory";

        HttpResponse<String> preflight = preflight(directory, "GET", "if-none-match");
        HttpResponse<String> read = fromWebsite("GET", directory);
        HttpResponse<String> again = fromWebsite("GET", directory, "If-None-Match", read.headers().firstValue("ETag").orElseThrow());

        assertThat(preflight.statusCode()).isBetween(200, 299);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(WEBSITE);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("if-none-match");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains(WEBSITE);
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElse("")).containsIgnoringCase("ETag");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("Access-Control-Allow-Origin")).contains(WEBSITE);
    }

    @Test
    void theSignedInApiStaysClosedToOtherSites() {
        HttpResponse<String> preflight = preflight("/api/v1/networks", "GET", "authorization");
        HttpResponse<String> read = fromWebsite("GET", "/api/v1/networks", "Authorization", "Bearer " + accessToken);
        HttpResponse<String> preflightOfANetwork = preflight("/api/v1/networks/" + network + "/partners", "GET",
                "authorization");

        assertThat(preflight.statusCode() / 100).isNotEqualTo(2);
        assertThat(preflightOfANetwork.statusCode() / 100).isNotEqualTo(2);
        assertThat(read.statusCode()).isEqualTo(200);
        for (HttpResponse<String> answer : List.of(preflight, read, preflightOfANetwork)) {
            assertThat(answer.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        }
    }

    @Test
    void aMethodARouteOfTheApiDoesNotOfferGets405ProblemJsonWithTheMethodsItDoes() {
        HttpResponse<String> delete = send("DELETE", "/api/v1/networks", "Authorization", "Bearer " + accessToken);
        HttpResponse<String> patch = send("PATCH", "/api/v1/networks/" + network, "Authorization", "Bearer " + accessToken,
                "Content-Type", "application/json");

        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(allowed(delete)).containsExactlyInAnyOrder("GET", "HEAD", "POST");
        assertThat(json(delete).path("detail").asText())
                .startsWith("Die Methode DELETE ist hier nicht vorgesehen; erlaubt: ").contains("GET", "POST");
        assertThat(patch.statusCode()).isEqualTo(405);
        assertThat(allowed(patch)).containsExactlyInAnyOrder("GET", "HEAD");
    }
}
