package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: what the OParl API shows of a network, and how its lists select by date and show
 * what was depublished.
 */
abstract class OParlApiScenarios extends KoopScenarios {

    private String network;
    private String base;
    private String oparl;
    private String consenting;
    private String silent;

    @BeforeEach
    void aNetworkWithAConsentingAndASilentPartner() {
        network = api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
        base = "/api/v1/networks/" + network;
        oparl = "/oparl/v1.1/bodies/" + network;
        consenting = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Pflegedienst Sonnenschein",
                "OTHER", "jana.vogel@sonnenschein.example")).string("id");
        silent = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Sozialstation Grünau",
                "OTHER", "geheim@gruenau.example")).string("id");
        for (String scope : List.of("LOGO", "CONTACTS")) {
            assertThat(api.put(base + "/partners/" + consenting + "/consents/" + scope, "{\"on\": \"2024-01-15\"}")
                    .status()).isEqualTo(200);
        }
    }

    private List<Map<String, Object>> data(String path) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) api.get(path).json().get("data");
        return data;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aNetworkIsABodyItsConsentingPartnerAnInstitutionAndItsContactAPersonButNothingOfTheSilentOne() {
        Map<String, Object> body = api.get(oparl).json();
        List<Map<String, Object>> organizations = data(oparl + "/organizations");
        List<Map<String, Object>> persons = data(oparl + "/persons");

        assertThat(body).containsEntry("type", "https://schema.oparl.org/1.1/Body")
                .containsEntry("name", "Leipziger Kooperation Pflege").containsKey("created").containsKey("modified");
        assertThat((String) body.get("id")).endsWith(oparl);
        assertThat(organizations).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("name", "Pflegedienst Sonnenschein").containsEntry("organizationType", "Institution"));
        assertThat(persons).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("name", "Katrin Böhme").containsEntry("email", List.of("jana.vogel@sonnenschein.example")));
        assertThat(api.get(oparl + "/organizations").body() + api.get(oparl + "/persons").body()
                + api.get(oparl + "/locations").body()).doesNotContain("Grünau", "geheim@gruenau.example");
        assertThat(api.get(oparl + "/organizations/" + silent).status()).isEqualTo(404);
    }

    @Test
    void aWithdrawnConsentDepublishesThePartnerWhichShowsAsDeletedOnlyToThoseAskingForChanges() {
        String before = (String) data(oparl + "/organizations").getFirst().get("modified");
        Api.Response withdrawn = api.delete(base + "/partners/" + consenting + "/consents/LOGO?on=2024-06-01");
        api.delete(base + "/partners/" + consenting + "/consents/CONTACTS?on=2024-06-01");
        String since = encoded(OffsetDateTime.parse(before).minusSeconds(1).toString());

        List<Map<String, Object>> plain = data(oparl + "/organizations");
        List<Map<String, Object>> changes = data(oparl + "/organizations?modified_since=" + since);
        List<Map<String, Object>> goneContacts = data(oparl + "/persons?modified_since=" + since);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(plain).isEmpty();
        assertThat(changes).singleElement().satisfies(o -> {
            assertThat(o).containsEntry("deleted", true).containsEntry("type", "https://schema.oparl.org/1.1/Organization")
                    .doesNotContainKey("name");
            assertThat((String) o.get("id")).endsWith(oparl + "/organizations/" + consenting);
        });
        assertThat(goneContacts).singleElement().satisfies(p -> assertThat(p).containsEntry("deleted", true)
                .doesNotContainKey("name"));
    }

    @Test
    void theDateFiltersSelectByCreationAndChangeAndTheLimitPagesTheList() {
        for (int i = 0; i < 4; i++) {
            String partner = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Partner " + i,
                    "OTHER", "p" + i + "@pflege.example")).string("id");
            api.put(base + "/partners/" + partner + "/consents/LOGO", "{\"on\": \"2024-01-15\"}");
        }
        List<Map<String, Object>> all = data(oparl + "/organizations");
        String newest = (String) all.stream().map(o -> (String) o.get("created")).max(String::compareTo).orElseThrow();
        String oldest = (String) all.stream().map(o -> (String) o.get("created")).min(String::compareTo).orElseThrow();

        Map<String, Object> firstPage = api.get(oparl + "/organizations?limit=2").json();
        @SuppressWarnings("unchecked")
        Map<String, Object> links = (Map<String, Object>) firstPage.get("links");
        @SuppressWarnings("unchecked")
        Map<String, Object> pagination = (Map<String, Object>) firstPage.get("pagination");
        Map<String, Object> lastPage = api.get(((String) links.get("last")).replaceFirst("^https?://[^/]+", "")).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> lastLinks = (Map<String, Object>) lastPage.get("links");

        assertThat(all).hasSize(5);
        assertThat(data(oparl + "/organizations?created_since=" + encoded(newest))).allSatisfy(
                o -> assertThat((String) o.get("created")).isGreaterThanOrEqualTo(newest));
        assertThat(data(oparl + "/organizations?created_until=" + encoded(oldest))).allSatisfy(
                o -> assertThat((String) o.get("created")).isLessThanOrEqualTo(oldest));
        assertThat(data(oparl + "/organizations?modified_until=2000-01-01T00:00:00%2B01:00")).isEmpty();
        assertThat(pagination).containsEntry("totalElements", 5).containsEntry("elementsPerPage", 2)
                .containsEntry("currentPage", 1).containsEntry("totalPages", 3);
        assertThat((String) links.get("next")).contains("limit=2", "page=2");
        assertThat(lastLinks).doesNotContainKey("next").containsKey("prev");
        assertThat(api.get(oparl + "/organizations?created_since=gestern").status()).isEqualTo(400);
    }

    @Test
    void bodiesSeatsAndMeetingsOfAnOpenNetworkArePublicAndThoseOfAClosedOneAreNot() {
        String group = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Überleitung", "establishedOn": "2021-03-01",
                 "formats": ["IN_PERSON"]}""").string("id");
        api.post(base + "/bodies/" + group + "/seats",
                "{\"holderName\": \"Heimlich Still\", \"partnerId\": \"%s\", \"from\": \"2025-01-01\"}".formatted(silent));
        api.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2026-03-12T14:00", "endsAt": "2026-03-12T16:00", "format": "IN_PERSON",
                 "place": "Neues Rathaus, Raum 259"}""".formatted(group));

        List<Map<String, Object>> organizations = data(oparl + "/organizations");
        List<Map<String, Object>> memberships = data(oparl + "/memberships");
        List<Map<String, Object>> meetings = data(oparl + "/meetings");
        api.post(base + "/close", "");

        assertThat(organizations).extracting(o -> o.get("name")).contains("AG Überleitung");
        assertThat(memberships).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("role", "Mitglied").containsEntry("votingRight", true).containsEntry("startDate", "2025-01-01")
                .doesNotContainKeys("person", "onBehalfOf"));
        assertThat(api.get(oparl + "/memberships").body()).doesNotContain("Heimlich");
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("name", "1. Sitzung AG Überleitung").containsEntry("start", "2026-03-12T14:00:00+01:00")
                .containsEntry("meetingState", "terminiert"));
        assertThat(data(oparl + "/meetings")).isEmpty();
        assertThat(data(oparl + "/organizations")).extracting(o -> o.get("name"))
                .containsExactly("Pflegedienst Sonnenschein");
    }
}
