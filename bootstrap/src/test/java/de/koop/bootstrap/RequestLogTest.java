package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Request ids, the access log and the format of log lines, as the shipped logging configuration writes them. */
class RequestLogTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void inJsonEachLineOfARequestCarriesIsoTimeLevelAndTheRequestIdOfTheAnswer() throws Exception {
        List<String> lines;
        String requestId;
        try (ShippedLogOutput output = new ShippedLogOutput("json");
             RunningKoop koop = RunningKoop.inMemory()) {
            HttpResponse<String> response = get(koop, "/api/v1/networks?page=0&size=5", Map.of());
            assertThat(response.statusCode()).isEqualTo(401);
            requestId = response.headers().firstValue(RequestLog.HEADER).orElseThrow();
            lines = output.lines();
        }

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> ofRequest = lines.stream().map(line -> read(json, line))
                .filter(entry -> entry.has(RequestLog.MDC_KEY) && entry.get(RequestLog.MDC_KEY).asText().equals(requestId))
                .toList();
        assertThat(ofRequest).isNotEmpty();
        JsonNode access = ofRequest.stream().filter(e -> e.get("logger_name").asText().equals("koop.access"))
                .findFirst().orElseThrow();
        assertThat(access.get("message").asText()).matches("GET /api/v1/networks 401 \\d+ ms");
        assertThat(access.get("level").asText()).isEqualTo("INFO");
        OffsetDateTime at = OffsetDateTime.parse(access.get("@timestamp").asText());
        assertThat(at).isBetween(OffsetDateTime.now().minusMinutes(5), OffsetDateTime.now().plusMinutes(1));
    }

    @Test
    void inTextEachLineStartsWithDateTimeAndZoneAndARequestsLinesNameItsId() throws Exception {
        List<String> lines;
        String requestId;
        try (ShippedLogOutput output = new ShippedLogOutput(null);
             RunningKoop koop = RunningKoop.inMemory()) {
            HttpResponse<String> response = get(koop, "/health", Map.of());
            requestId = response.headers().firstValue(RequestLog.HEADER).orElseThrow();
            lines = output.lines();
        }

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) .*"));
        assertThat(lines).anyMatch(line -> line.contains("koop.access [" + requestId + "] - GET /health 200 "));
    }

    @Test
    void theRequestIdOfATrustedProxyIsTakenOverAndAnyOtherReplaced() throws Exception {
        Map<String, String> fromProxy = Map.of(RequestLog.HEADER, "proxy-4711.abc");
        try (RunningKoop trusting = RunningKoop.inMemory(Map.of("koop.http.trusted-proxies", "10.0.0.9, 127.0.0.1, ::1"));
             RunningKoop untrusting = RunningKoop.inMemory()) {
            assertThat(get(trusting, "/health", fromProxy).headers().firstValue(RequestLog.HEADER))
                    .contains("proxy-4711.abc");
            // not one a client could fill with anything
            assertThat(get(trusting, "/health", Map.of(RequestLog.HEADER, "Kanarienvogel Zwitscher"))
                    .headers().firstValue(RequestLog.HEADER)).get().asString().matches("[0-9a-f-]{36}");
            String generated = get(untrusting, "/health", fromProxy).headers().firstValue(RequestLog.HEADER).orElseThrow();
            assertThat(generated).matches("[0-9a-f-]{36}");
            assertThat(get(untrusting, "/health", Map.of()).headers().firstValue(RequestLog.HEADER))
                    .get().isNotEqualTo(generated);
        }
    }

    @Test
    void theLoggedPathKeepsRouteWordsAndIdsOnly() {
        String id = "6f1c2a56-0000-4000-8000-00000000000b";
        assertThat(RequestLog.loggedPath("/api/v1/networks/" + id + "/partners",
                Optional.of("/api/v1/networks/{networkId}/partners{?category,page,size}")))
                .isEqualTo("/api/v1/networks/" + id + "/partners");
        assertThat(RequestLog.loggedPath("/api/v1/networks/mueller/partners",
                Optional.of("/api/v1/networks/{networkId}/partners"))).isEqualTo("/api/v1/networks/*/partners");
        assertThat(RequestLog.loggedPath("/api/v1/networks/" + id + "/partners/x/consents/LOGO",
                Optional.of("/api/v1/networks/{networkId}/partners/{partnerId}/consents/{scope}")))
                .isEqualTo("/api/v1/networks/" + id + "/partners/*/consents/LOGO");
        assertThat(RequestLog.loggedPath("/gibt-es-nicht/ann@example.org/Ann Muster", Optional.empty()))
                .isEqualTo("/gibt-es-nicht/*/*");
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static HttpResponse<String> get(RunningKoop koop, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(koop.anonymousApi().baseUri() + path)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
