package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The N+1 check: the SQL statements a list or dashboard request sends do not grow with what the
 * page holds. Each endpoint is counted with one item of each kind, then with six.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoNPlusOneTest {

    private RunningKoop koop;
    private Api api;
    private StatementCounter counter;

    @BeforeAll
    void start() {
        koop = RunningKoop.onMariaDb(Map.of("koop.test.count-statements", true));
        koop.emptyStore();
        api = koop.api();
        counter = koop.context().getBean(StatementCounter.class);
    }

    @AfterAll
    void stop() {
        koop.emptyStore();
        koop.close();
    }

    /** A network with {@code size} partners (consenting), bodies with a seat each, meetings, duties. */
    private String network(int size) {
        String id = api.post("/api/v1/networks", CoordinatorApiScenarios.networkJson("Netz " + size, "N", true)).string("id");
        String base = "/api/v1/networks/" + id;
        String first = null;
        for (int i = 0; i < size; i++) {
            String partner = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Partner " + i, "OTHER",
                    "p" + i + "@n.example")).string("id");
            api.put(base + "/partners/" + partner + "/consents/CONTACTS", "{\"on\": \"2024-01-15\"}");
            first = first == null ? partner : first;
            String body = api.post(base + "/bodies", """
                    {"kind": "WORKING_GROUP", "name": "AG %d", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"]}"""
                    .formatted(i)).string("id");
            api.post(base + "/bodies/" + body + "/seats",
                    "{\"holderName\": \"Mitglied %d\", \"partnerId\": \"%s\", \"from\": \"2025-01-01\"}".formatted(i, partner));
            api.post(base + "/meetings", """
                    {"bodyId": "%s", "startsAt": "2026-12-1%dT14:00", "format": "IN_PERSON"}""".formatted(body, i));
        }
        String agreement = api.post(base + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "Vereinbarung", "parties": ["%s"],
                 "term": {"type": "UNLIMITED"}, "termination": {"type": "EXCLUDED"}, "concludedOn": "2024-03-15"}"""
                .formatted(first)).string("id");
        for (int i = 0; i < size; i++) {
            api.post(base + "/obligations", """
                    {"agreementId": "%s", "title": "Pflicht %d", "responsiblePartnerId": "%s", "startsOn": "2024-03-15",
                     "rule": {"type": "ONCE_A_YEAR"}}""".formatted(agreement, i, first));
        }
        return id;
    }

    private Map<String, Long> count(String network) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/networks/%s/partners", "/api/v1/networks/%s/bodies",
                "/api/v1/networks/%s/meetings", "/api/v1/networks/%s/agreements", "/api/v1/networks/%s/obligations",
                "/api/v1/networks/%s/deadlines", "/api/v1/networks/%s/declarations", "/api/v1/networks/%s/dashboard",
                "/api/v1/public/networks/%s/directory", "/oparl/v1.1/bodies/%s/organizations",
                "/oparl/v1.1/bodies/%s/persons", "/oparl/v1.1/bodies/%s/meetings")) {
            String url = path.formatted(network);
            api.get(url); // warm: the first call may load lazily
            counter.reset();
            Api.Response response = api.get(url);
            assertThat(response.status()).as(url).isEqualTo(200);
            counts.put(path, counter.statements());
        }
        return counts;
    }

    @Test
    void listsAndDashboardsSendAsManyStatementsForSixItemsAsForOne() {
        Map<String, Long> one = count(network(1));
        Map<String, Long> six = count(network(6));

        assertThat(one.values()).as("statements are counted: " + one).allMatch(count -> count > 0);
        assertThat(six).as("statements per request, one item each: " + one).isEqualTo(one);
    }
}
