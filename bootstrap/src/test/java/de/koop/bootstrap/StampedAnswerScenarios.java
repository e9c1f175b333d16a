package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the public directory are answered from what was computed while the network's
 * data stood; any change shows at once, and a client holding the ETag gets 304 until then.
 */
abstract class StampedAnswerScenarios extends KoopScenarios {

    private String base;
    private String dashboard;
    private String directory;
    private String partner;

    @BeforeEach
    void aNetworkWithAWorkingGroup() {
        String network = api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
        base = "/api/v1/networks/" + network;
        partner = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("AOK PLUS", "COST_BEARER",
                "kontakt@aok.example")).string("id");
        dashboard = base + "/dashboard?on=2026-11-23";
        directory = "/api/v1/public/networks/" + network + "/directory";
    }

    static String bodyOf(Api api, String base) {
        Api.Response group = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "2026-01-01", "formats": ["IN_PERSON"],
                 "cadence": {"type": "EVERY_YEARS", "years": 2}}""");
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        return group.string("id");
    }

    static void seatEndingSoon(Api api, String base, String body, String holder) {
        Api.Response seat = api.post(base + "/bodies/" + body + "/seats", """
                {"holderName": "%s", "from": "2026-01-01", "until": "2026-12-31"}""".formatted(holder));
        assertThat(seat.status()).as(seat.toString()).isEqualTo(201);
    }

    @Test
    void theDashboardKeepsItsETagWhileNothingChangesAndShowsAChangeAtOnce() {
        String body = bodyOf(api, base);
        Api.Response first = api.get(dashboard);
        Api.Response again = api.get(dashboard);
        Api.Response unchanged = api.getUnlessStill(dashboard, first.etag().orElseThrow());

        seatEndingSoon(api, base, body, "Katrin Böhme");
        Api.Response changed = api.getUnlessStill(dashboard, first.etag().orElseThrow());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body()).doesNotContain("Katrin Böhme");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.etag()).isEqualTo(first.etag());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isNotEqualTo(first.etag());
        assertThat(changed.body()).contains("\"holderName\":\"Katrin Böhme\"", "\"until\":\"2026-12-31\"");
        assertThat(api.get(base + "/dashboard?on=2026-11-23&termsEndingWithinDays=10").body())
                .as("another horizon is another answer").doesNotContain("Katrin Böhme");
    }

    @Test
    void theDirectoryShowsAConsentGivenAfterItWasAnswered() {
        Api.Response before = api.anonymous().get(directory);

        assertThat(api.put(base + "/partners/" + partner + "/consents/LOGO", "{\"on\": \"2024-02-29\"}").status())
                .isEqualTo(200);
        Api.Response after = api.anonymous().get(directory);

        assertThat(entries(before)).isEmpty();
        assertThat(entries(after)).extracting(e -> e.get("name")).containsExactly("AOK PLUS");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> entries(Api.Response directory) {
        assertThat(directory.status()).as(directory.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) ((Map<String, Object>) directory.json().get("partners")).get("items");
    }
}
