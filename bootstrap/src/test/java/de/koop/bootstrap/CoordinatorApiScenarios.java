package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a coordinator does over HTTP, run against a whole running koop. Subclasses start it on one of
 * the stores (memory, H2, MariaDB); every scenario must hold on each.
 */
abstract class CoordinatorApiScenarios extends KoopScenarios {

    static String networkJson(String name, String shortName, boolean open) {
        return """
                {"name": "%s", "shortName": "%s", "region": "Stadt Leipzig",
                 "goals": "Vernetzung der Pflege", "open": %s}""".formatted(name, shortName, open);
    }

    static String partnerJson(String name, String category, String email) {
        return """
                {"name": "%s", "category": "%s",
                 "address": {"street": "Prager Straße 21", "postalCode": "04103", "city": "Leipzig"},
                 "contacts": [{"name": "Katrin Böhme", "function": "Koordination", "phone": "0341 123-4501",
                               "email": "%s"}],
                 "logoUrl": "https://leipzig.example/logo.svg",
                 "noCommercialInterestDeclaredOn": "2024-01-15"}""".formatted(name, category, email);
    }

    private String register(String name) {
        Api.Response created = api.post("/api/v1/networks", networkJson(name, "LeiKoP", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("id");
    }

    private Map<String, Object> registerPartner(String networkId, String name, String category) {
        Api.Response created = api.post("/api/v1/networks/" + networkId + "/partners",
                partnerJson(name, category, "kontakt@" + category.toLowerCase().replace('_', '-') + ".example"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private long partnerCount(String networkId) {
        return api.get("/api/v1/networks/" + networkId + "/partners").number("totalItems");
    }

    @Test
    void registersANetworkAndServesItAtTheLocationGiven() {
        Api.Response created = api.post("/api/v1/networks", networkJson("Leipziger Kooperation Pflege", "LeiKoP", true));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).hasValue("/api/v1/networks/" + created.string("id"));
        Api.Response read = api.get(created.location().orElseThrow());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).containsEntry("name", "Leipziger Kooperation Pflege")
                .containsEntry("shortName", "LeiKoP").containsEntry("open", true).containsEntry("version", 0);
    }

    @Test
    void listsNetworksByNameInPages() {
        for (String name : List.of("Zentrum Nord", "Ärztenetz Süd", "Beratung West")) {
            register(name);
        }

        Api.Response first = api.get("/api/v1/networks?page=0&size=2");
        Api.Response second = api.get("/api/v1/networks?page=1&size=2");

        assertThat(first.number("totalItems")).isEqualTo(3);
        assertThat(first.number("totalPages")).isEqualTo(2);
        assertThat(first.items()).extracting(n -> n.get("name")).containsExactly("Ärztenetz Süd", "Beratung West");
        assertThat(second.items()).extracting(n -> n.get("name")).containsExactly("Zentrum Nord");
    }

    @Test
    void registersPartnersAndListsThemByNameFilteredByCategory() {
        String network = register("Leipziger Kooperation Pflege");
        registerPartner(network, "Klinikum St. Georg", "HOSPITAL");
        registerPartner(network, "AOK PLUS", "COST_BEARER");
        registerPartner(network, "Universitätsklinikum Leipzig", "HOSPITAL");

        Api.Response all = api.get("/api/v1/networks/" + network + "/partners");
        Api.Response hospitals = api.get("/api/v1/networks/" + network + "/partners?category=HOSPITAL&size=1");

        assertThat(all.items()).extracting(p -> p.get("name"))
                .containsExactly("AOK PLUS", "Klinikum St. Georg", "Universitätsklinikum Leipzig");
        assertThat(hospitals.number("totalItems")).isEqualTo(2);
        assertThat(hospitals.items()).extracting(p -> p.get("name")).containsExactly("Klinikum St. Georg");
        assertThat(all.items().getFirst().get("contacts")).asList().hasSize(1);
    }

    @Test
    void publicDirectoryShowsOnlyConsentingPartnersWithOnlyTheConsentedFields() {
        String network = register("Leipziger Kooperation Pflege");
        String logoOnly = (String) registerPartner(network, "AOK PLUS", "COST_BEARER").get("id");
        String contactsOnly = (String) registerPartner(network, "Klinikum St. Georg", "HOSPITAL").get("id");
        registerPartner(network, "Pflegedienst ohne Einwilligung", "SERVICE_PROVIDER");
        String partners = "/api/v1/networks/" + network + "/partners/";
        assertThat(api.put(partners + logoOnly + "/consents/LOGO", "{\"on\": \"2024-02-29\"}").status()).isEqualTo(200);
        assertThat(api.put(partners + contactsOnly + "/consents/CONTACTS", "{}").status()).isEqualTo(200);

        Api.Response directory = api.get("/api/v1/public/networks/" + network + "/directory");

        assertThat(directory.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) ((Map<String, Object>) directory.json()
                .get("partners")).get("items");
        assertThat(entries).extracting(e -> e.get("name")).containsExactly("AOK PLUS", "Klinikum St. Georg");
        assertThat(entries.get(0).get("logoUrl")).isEqualTo("https://leipzig.example/logo.svg");
        assertThat(entries.get(0).get("contacts")).asList().isEmpty();
        assertThat(entries.get(1).get("logoUrl")).isNull();
        assertThat(entries.get(1).get("contacts")).asList().hasSize(1);
        assertThat(directory.body()).doesNotContain("Pflegedienst ohne Einwilligung")
                .doesNotContain("kontakt@cost-bearer.example");
    }

    @Test
    void aConsentDatedInTheFutureIsRefusedAndPublishesNothing() {
        String network = register("Leipziger Kooperation Pflege");
        String partner = (String) registerPartner(network, "AOK PLUS", "COST_BEARER").get("id");

        Api.Response refused = api.put("/api/v1/networks/" + network + "/partners/" + partner + "/consents/CONTACTS",
                "{\"on\": \"2099-01-15\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("on");
        assertThat(api.get("/api/v1/public/networks/" + network + "/directory").body()).doesNotContain("AOK PLUS");
    }

    @Test
    void withdrawnConsentRemovesThePartnerFromTheDirectoryAtOnce() {
        String network = register("Leipziger Kooperation Pflege");
        String partner = (String) registerPartner(network, "AOK PLUS", "COST_BEARER").get("id");
        String consent = "/api/v1/networks/" + network + "/partners/" + partner + "/consents/CONTACTS";
        api.put(consent, "{\"on\": \"2024-01-15\"}");

        Api.Response withdrawn = api.delete(consent + "?on=2025-06-30");

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"state\":\"WITHDRAWN\"", "\"since\":\"2025-06-30\"");
        Api.Response directory = api.get("/api/v1/public/networks/" + network + "/directory");
        assertThat(directory.body()).doesNotContain("AOK PLUS");
    }

    @Test
    void updatesAPartnerAndRefusesAStaleVersionWithoutChangingAnything() {
        String network = register("Leipziger Kooperation Pflege");
        String partner = (String) registerPartner(network, "AOK PLUS", "COST_BEARER").get("id");
        String path = "/api/v1/networks/" + network + "/partners/" + partner;
        String update = partnerJson("AOK PLUS – Die Gesundheitskasse", "COST_BEARER", "neu@aokplus.example")
                .replace("\"noCommercialInterestDeclaredOn\"", "\"version\": 0, \"noCommercialInterestDeclaredOn\"");

        Api.Response first = api.put(path, update);
        Api.Response stale = api.put(path, update.replace("Die Gesundheitskasse", "Veraltet"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.number("version")).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get(path).string("name")).isEqualTo("AOK PLUS – Die Gesundheitskasse");
    }

    @Test
    void ofTwoConcurrentUpdatesOfOnePartnerOneWinsAndTheOtherGets409() throws Exception {
        String network = register("Leipziger Kooperation Pflege");
        String partner = (String) registerPartner(network, "AOK PLUS", "COST_BEARER").get("id");
        String path = "/api/v1/networks/" + network + "/partners/" + partner;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> updates = new ArrayList<>();
        for (String name : List.of("Fassung A", "Fassung B")) {
            String body = partnerJson(name, "COST_BEARER", "x@aokplus.example")
                    .replace("\"noCommercialInterestDeclaredOn\"", "\"version\": 0, \"noCommercialInterestDeclaredOn\"");
            updates.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.put(path, body);
            }));
        }
        start.countDown();

        List<Api.Response> responses = new ArrayList<>();
        for (CompletableFuture<Api.Response> update : updates) {
            responses.add(update.get());
        }

        assertThat(responses).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        Api.Response winner = responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        Api.Response stored = api.get(path);
        assertThat(stored.string("name")).isEqualTo(winner.string("name"));
        assertThat(stored.number("version")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed e-mail            | contacts[0].email | {"name": "AOK", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}, "contacts": [{"name": "Anna", "email": "anna-at-aok"}]}
            unknown category            | category          | {"name": "AOK", "category": "BAKERY", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}}
            missing name                | name              | {"category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}}
            wrong JSON type of name     | name              | {"name": 42, "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}}
            wrong JSON type of contacts | contacts          | {"name": "AOK", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}, "contacts": "Anna"}
            four-digit postal code      | address.postalCode | {"name": "AOK", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "4103", "city": "Leipzig"}}
            date that does not exist    | noCommercialInterestDeclaredOn | {"name": "AOK", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}, "noCommercialInterestDeclaredOn": "2025-02-29"}
            name of a zero-width space  | name              | {"name": "\\u200b", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}}
            lone surrogate in a contact | contacts[0].name  | {"name": "AOK", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}, "contacts": [{"name": "A\\ud800B"}]}
            invisible contact name      | contacts[0].name  | {"name": "AOK", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "Leipzig"}, "contacts": [{"name": "\\u2060\\u200d"}]}
            lone surrogate in the city  | address.city      | {"name": "AOK", "category": "COST_BEARER", "address": {"street": "A 1", "postalCode": "04103", "city": "\\udc00"}}
            """)
    void aBadPartnerGets400NamingTheFieldAndNothingIsWritten(String what, String field, String body) {
        String network = register("Leipziger Kooperation Pflege");

        Api.Response refused = api.post("/api/v1/networks/" + network + "/partners", body);

        assertThat(refused.status()).as(what + ": " + refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemFields()).as(what).contains(field);
        assertThat(refused.string("detail")).isNotBlank();
        assertThat(partnerCount(network)).isZero();
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong JSON type of open | open      | {"name": "Netz", "region": "Leipzig", "open": "ja"}
            missing region          | region    | {"name": "Netz", "open": true}
            short name with blanks  | shortName | {"name": "Netz", "shortName": "Lei KoP", "region": "Leipzig", "open": true}
            not a JSON object       | body      | [1, 2]
            not JSON at all         | body      | {"name":
            misspelt field          | shortname | {"name": "Netz", "shortname": "LK", "region": "Leipzig", "open": true}
            lone surrogate in name  | name      | {"name": "A\\ud800B", "region": "Leipzig", "open": true}
            zero-width space name   | name      | {"name": "\\u200b", "region": "Leipzig", "open": true}
            lone surrogate in goals | goals     | {"name": "Netz", "region": "Leipzig", "goals": "Ziel\\n\\udbff", "open": true}
            """)
    void aBadNetworkGets400NamingTheFieldAndNothingIsWritten(String what, String field, String body) {
        Api.Response refused = api.post("/api/v1/networks", body);

        assertThat(refused.status()).as(what + ": " + refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemFields()).as(what).contains(field);
        assertThat(api.get("/api/v1/networks").number("totalItems")).isZero();
    }

    @Test
    void textThatIsNotUnicodeAndNamesShowingNothingAreRefusedWithTheirReason() {
        Api.Response surrogate = api.post("/api/v1/networks",
                "{\"name\": \"A\\ud800B\", \"region\": \"Leipzig\", \"open\": true}");
        Api.Response invisible = api.post("/api/v1/networks",
                "{\"name\": \"\\u200b\", \"region\": \"\\u3164\", \"open\": true}");
        // a pair of surrogates is one character (here an emoji) and is kept as sent, on every store
        Api.Response paired = api.post("/api/v1/networks",
                "{\"name\": \"Netz \\ud83d\\ude00\", \"region\": \"\\u200bLeipzig\", \"open\": true}");

        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.problemDetail()).isEqualTo("name: enthält Zeichen, die kein gültiges Unicode sind");
        assertThat(invisible.status()).isEqualTo(400);
        assertThat(invisible.json().get("errors")).isEqualTo(List.of(
                Map.of("field", "name", "reason", "muss mindestens ein sichtbares Zeichen enthalten"),
                Map.of("field", "region", "reason", "muss mindestens ein sichtbares Zeichen enthalten")));
        assertThat(paired.status()).as(paired.toString()).isEqualTo(201);
        assertThat(api.get(paired.location().orElseThrow()).json())
                .containsEntry("name", "Netz \ud83d\ude00").containsEntry("region", "\u200bLeipzig");
        assertThat(api.get("/api/v1/networks").number("totalItems")).isOne();
    }

    @Test
    void everyBadFieldOfANetworkIsNamedAtOnce() {
        Api.Response refused = api.post("/api/v1/networks",
                "{\"name\": \"  \", \"shortName\": \"a b\", \"region\": \"\", \"open\": true}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("name", "shortName", "region");
    }

    @Test
    void unknownOrForeignIdsGet404() {
        String network = register("Leipziger Kooperation Pflege");
        String other = register("Anderes Netzwerk");
        String partner = (String) registerPartner(network, "AOK PLUS", "COST_BEARER").get("id");

        assertThat(api.get("/api/v1/networks/6f1c2a56-0000-4000-8000-000000000000").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/networks/kein-uuid").status()).isEqualTo(404);
        Api.Response foreign = api.get("/api/v1/networks/" + other + "/partners/" + partner);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/public/networks/6f1c2a56-0000-4000-8000-000000000000/directory").status())
                .isEqualTo(404);
    }

    @Test
    void closesAndReopensANetworkAndRefusesToCloseItTwice() {
        String network = register("Leipziger Kooperation Pflege");

        Api.Response closed = api.post("/api/v1/networks/" + network + "/close", "");
        Api.Response again = api.post("/api/v1/networks/" + network + "/close", "");
        Api.Response reopened = api.post("/api/v1/networks/" + network + "/reopen", "");

        assertThat(closed.json()).containsEntry("open", false);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.string("detail")).contains("bereits");
        assertThat(reopened.json()).containsEntry("open", true);
    }

    @Test
    void aRuleViolationCarriesTheRulesCodeNextToTheGermanDetailAndOtherProblemsKeepTheirShape() {
        String network = register("Leipziger Kooperation Pflege");

        Api.Response refused = api.post("/api/v1/networks/" + network + "/reopen", "");
        Api.Response unknown = api.get("/api/v1/networks/6f1c2a56-0000-4000-8000-000000000000");
        Api.Response invalid = api.post("/api/v1/networks", networkJson("", "LeiKoP", true));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsOnlyKeys("type", "title", "status", "detail", "code", "instance")
                .containsEntry("type", "urn:koop:problem:rule-violation")
                .containsEntry("title", "Regel verletzt")
                .containsEntry("status", 422)
                .containsEntry("detail", "Das Netzwerk „Leipziger Kooperation Pflege“ ist bereits für neue Partner offen.")
                .containsEntry("code", "network-already-open")
                .containsEntry("instance", "/api/v1/networks/" + network + "/reopen");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).containsOnlyKeys("type", "title", "status", "detail", "instance");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json()).containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void renamesANetworkOnTheVersionLastRead() {
        String network = register("Leipziger Kooperation Pflege");

        Api.Response renamed = api.post("/api/v1/networks/" + network + "/rename",
                "{\"name\": \"Leipziger Kooperation Pflege und Demenz\", \"shortName\": \"LeiKoPD\", \"version\": 0}");
        Api.Response stale = api.post("/api/v1/networks/" + network + "/rename",
                "{\"name\": \"Veraltet\", \"version\": 0}");
        Api.Response noVersion = api.post("/api/v1/networks/" + network + "/rename", "{\"name\": \"Ohne\"}");

        assertThat(renamed.json()).containsEntry("name", "Leipziger Kooperation Pflege und Demenz")
                .containsEntry("version", 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.problemFields()).containsExactly("version");
        assertThat(api.get("/api/v1/networks/" + network).string("name"))
                .isEqualTo("Leipziger Kooperation Pflege und Demenz");
    }

    @Test
    void assignsTheCoordinationToAPartnersContactAndRefusesAStranger() {
        String network = register("Leipziger Kooperation Pflege");
        Map<String, Object> city = registerPartner(network, "Stadt Leipzig, Sozialamt", "CITY_ADMINISTRATION");
        @SuppressWarnings("unchecked")
        String contact = (String) ((List<Map<String, Object>>) city.get("contacts")).getFirst().get("id");
        String path = "/api/v1/networks/" + network + "/coordination";

        Api.Response assigned = api.put(path,
                "{\"partnerId\": \"%s\", \"contactPersonId\": \"%s\"}".formatted(city.get("id"), contact));
        Api.Response stranger = api.put(path, "{\"partnerId\": \"%s\", \"contactPersonId\": \"%s\"}"
                .formatted(city.get("id"), "6f1c2a56-0000-4000-8000-000000000000"));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("coordination")).isEqualTo(Map.of("partnerId", city.get("id"),
                "contactPersonId", contact));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.problemFields()).containsExactly("contactPersonId");
    }

    @Test
    void anUnknownQueryParameterIsRefusedNamingItAsAnUnknownBodyFieldIs() {
        String network = register("Leipziger Kooperation Pflege");
        registerPartner(network, "Klinikum St. Georg", "HOSPITAL");
        String partners = "/api/v1/networks/" + network + "/partners";

        Api.Response misspelt = api.get(partners + "?categroy=HOSPITAL&page=0&sort=name");
        Api.Response declared = api.get(partners + "?category=HOSPITAL&page=0&size=5");
        Api.Response onAWrite = api.post("/api/v1/networks?dryRun=true", networkJson("Netz", "N", true));
        Api.Response anonymous = koop.anonymousApi().get(partners + "?categroy=HOSPITAL");
        Api.Response publicDirectory = koop.anonymousApi().get("/api/v1/public/networks/" + network
                + "/directory?pgae=2");
        Api.Response oparl = koop.anonymousApi().get("/oparl/v1.1/system?client=validator");

        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.contentType()).startsWith("application/problem+json");
        assertThat(misspelt.json().get("errors")).isEqualTo(List.of(
                Map.of("field", "categroy", "reason", "ist hier nicht vorgesehen"),
                Map.of("field", "sort", "reason", "ist hier nicht vorgesehen")));
        assertThat(declared.status()).isEqualTo(200);
        assertThat(onAWrite.problemFields()).containsExactly("dryRun");
        assertThat(api.get("/api/v1/networks").number("totalItems")).isOne();
        // who may not call the route learns nothing about its parameters
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(publicDirectory.problemFields()).containsExactly("pgae");
        // OParl clients are written for many servers and may send what koop does not read
        assertThat(oparl.status()).isEqualTo(200);
    }

    @Test
    void servesHealthAndTheOpenApiDocument() {
        assertThat(api.get("/health").status()).isEqualTo(200);
        Api.Response openApi = api.get("/openapi.yml");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("openapi: 3", "/api/v1/networks/{networkId}/partners",
                "/api/v1/public/networks/{networkId}/directory");
    }

    @Test
    void unknownRoutesGetProblemJsonToo() {
        Api.Response response = api.get("/api/v1/gibt-es-nicht");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
