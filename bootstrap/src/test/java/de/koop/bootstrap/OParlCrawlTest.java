package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls the whole OParl tree of the demo data from {@code System}, following
 * every URL of every answer (all list pages included), and validates every object against the official
 * OParl 1.1 schemas (copied into the test resources from ../shared/oparl-1.1-schema).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OParlCrawlTest {

    private static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private RunningKoop koop;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Crawled> crawled = new LinkedHashMap<>();
    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private JsonSchemaFactory factory;

    /** One answer of the crawl. */
    private record Crawled(int status, String contentType, String body, String origin) {
    }

    @BeforeAll
    void crawlTheDemoData() {
        // pages of 5, so that the crawl walks through many list pages
        koop = RunningKoop.start(Map.of("koop.demo-data", true, "koop.oparl.page-size", 5,
                "datasources.default.url", "jdbc:h2:file:" + data.resolve("koop") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE"));
        base = koop.api().baseUri().toString().replaceAll("/$", "");
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(OParlCrawlTest::schemaText)));
        crawl(base + "/oparl/v1.1/system");
    }

    @AfterAll
    void stop() {
        koop.close();
    }

    /** The official schema of an IRI, registered as both .../1.1/X and .../1.1/X.json. */
    private static String schemaText(String iri) {
        if (!iri.startsWith(SCHEMA)) {
            return null;
        }
        String name = iri.substring(SCHEMA.length()).replaceAll("\\.json$", "");
        try (InputStream in = OParlCrawlTest.class.getResourceAsStream("/oparl-1.1-schema/" + name + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void crawl(String start) {
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {start, "start"});
        while (!queue.isEmpty() && crawled.size() < 5000) {
            String[] next = queue.poll();
            String url = next[0];
            if (crawled.containsKey(url)) {
                continue;
            }
            HttpResponse<String> response = get(url);
            String type = response.headers().firstValue("Content-Type").orElse("");
            crawled.put(url, new Crawled(response.statusCode(), type, response.body(), next[1]));
            if (response.statusCode() == 200 && type.startsWith("application/json")) {
                for (String link : links(read(response.body()))) {
                    if (!crawled.containsKey(link)) {
                        queue.add(new String[] {link, url});
                    }
                }
            }
        }
    }

    private HttpResponse<String> get(String url) {
        return Api.exchange(http, HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json, text/plain").GET().build());
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every URL of this server in the answer, wherever it stands. */
    private Set<String> links(JsonNode node) {
        Set<String> found = new TreeSet<>();
        if (node.isTextual() && node.asText().startsWith(base + "/")) {
            found.add(node.asText());
        }
        node.elements().forEachRemaining(child -> found.addAll(links(child)));
        return found;
    }

    private List<String> schemaErrors(JsonNode object, String where) {
        String type = object.path("type").asText();
        if (!type.startsWith(SCHEMA)) {
            return List.of(where + ": no OParl type: " + type);
        }
        JsonSchema schema = schemas.computeIfAbsent(type, t -> factory.getSchema(SchemaLocation.of(t)));
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schema.validate(object)) {
            errors.add(where + " (" + type.substring(SCHEMA.length()) + "): " + message.getMessage());
        }
        return errors;
    }

    @Test
    void everyLinkOfTheTreeAnswersAndEveryListPageIsReached() {
        List<String> unreachable = crawled.entrySet().stream().filter(e -> e.getValue().status() != 200)
                .map(e -> e.getKey() + " -> " + e.getValue().status() + " (linked from " + e.getValue().origin() + ")")
                .toList();

        assertThat(unreachable).isEmpty();
        assertThat(crawled.keySet()).anyMatch(url -> url.contains("/organizations?page=2"));
        assertThat(crawled.keySet()).anyMatch(url -> url.matches(".*/bodies/[0-9a-f-]{36}/persons/[0-9a-f-]{36}"));
        assertThat(crawled.keySet()).anyMatch(url -> url.matches(".*/files/[0-9a-f-]{36}/text"));
        assertThat(crawled).hasSizeGreaterThan(50);
        assertThat(crawled.values()).anyMatch(answer -> answer.body().contains(
                "\"result\":\"beschlossen\",\"resolutionText\":\"Der Fachtag Demenz findet im Mai 2026 statt.\""));
    }

    @Test
    void everyObjectOfEveryAnswerIsValidAgainstTheOfficialSchemas() {
        List<String> errors = new ArrayList<>();
        int objects = 0;
        for (Map.Entry<String, Crawled> answer : crawled.entrySet()) {
            if (answer.getValue().status() != 200 || !answer.getValue().contentType().startsWith("application/json")) {
                continue;
            }
            JsonNode node = read(answer.getValue().body());
            if (node.has("data") && node.has("pagination") && node.has("links")) {
                for (JsonNode item : node.get("data")) {
                    errors.addAll(schemaErrors(item, answer.getKey()));
                    objects++;
                }
                if (node.path("pagination").path("currentPage").asInt() < node.path("pagination").path("totalPages").asInt()
                        && !node.path("links").has("next")) {
                    errors.add(answer.getKey() + ": a page before the last without links.next");
                }
            } else {
                errors.addAll(schemaErrors(node, answer.getKey()));
                objects++;
                for (String field : List.of("id", "type", "created", "modified")) {
                    if (!node.has(field)) {
                        errors.add(answer.getKey() + ": no " + field);
                    }
                }
                if (!node.path("id").asText().equals(answer.getKey())) {
                    errors.add(answer.getKey() + ": its id is " + node.path("id").asText());
                }
            }
        }

        assertThat(errors).isEmpty();
        assertThat(objects).isGreaterThan(50);
    }

    @Test
    void noAnswerHoldsPersonalDataOfSomebodyWhoDidNotConsent() {
        Set<String> published = new HashSet<>();
        Set<String> secret = new HashSet<>();
        Api api = koop.api();
        for (Map<String, Object> network : api.get("/api/v1/networks?size=100").items()) {
            String networkBase = "/api/v1/networks/" + network.get("id");
            for (Map<String, Object> partner : api.get(networkBase + "/partners?size=100").items()) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> consents = (Map<String, Map<String, Object>>) partner.get("consents");
                boolean publishes = "GIVEN".equals(consents.get("contacts").get("state"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> contacts = (List<Map<String, Object>>) partner.get("contacts");
                for (Map<String, Object> contact : contacts) {
                    for (String field : List.of("name", "email", "phone")) {
                        if (contact.get(field) != null) {
                            (publishes ? published : secret).add((String) contact.get(field));
                        }
                    }
                }
            }
            for (Map<String, Object> body : api.get(networkBase + "/bodies").jsonList()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> seats = (List<Map<String, Object>>) body.get("seats");
                seats.forEach(seat -> secret.add((String) seat.get("holderName")));
            }
        }
        secret.removeAll(published);

        List<String> leaks = new ArrayList<>();
        crawled.forEach((url, answer) -> secret.stream().filter(answer.body()::contains)
                .forEach(value -> leaks.add(url + " shows " + value)));

        assertThat(secret).as("the demo data has people who did not consent").hasSizeGreaterThan(5);
        assertThat(published).as("and people who did").isNotEmpty();
        assertThat(crawled.values()).anyMatch(answer -> published.stream().anyMatch(answer.body()::contains));
        assertThat(leaks).isEmpty();
    }

    @Test
    void answersMayBeReadFromAnyOriginAndErrorsAreOParlErrorObjects() {
        HttpResponse<String> system = get(base + "/oparl/v1.1/system");
        HttpResponse<String> missing = get(base + "/oparl/v1.1/bodies/6f1c2a56-0000-4000-8000-000000000000");
        HttpResponse<String> badFilter = get(base + "/oparl/v1.1/bodies?modified_since=gestern");

        assertThat(system.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(read(missing.body()).path("type").asText()).isEqualTo(SCHEMA + "Error");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(read(badFilter.body()).path("message").asText()).startsWith("modified_since");
    }
}
