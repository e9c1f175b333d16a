package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two koop instances on one database; what one instance answered from its keeping, the other's
 * change makes it answer anew: the stamp lives in the database, not in either instance.
 */
class StampedAnswersOfTwoInstancesOnMariaDbTest {

    @Test
    void aChangeThroughOneInstanceShowsInTheOthersDashboardAndDirectory() {
        RunningKoop.emptyMariaDb();
        try (RunningKoop first = RunningKoop.onMariaDb(); RunningKoop second = RunningKoop.onMariaDb()) {
            Api one = first.api();
            Api other = second.api();
            String network = one.post("/api/v1/networks",
                    CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
            String base = "/api/v1/networks/" + network;
            String body = StampedAnswerScenarios.bodyOf(one, base);
            String partner = one.post(base + "/partners", CoordinatorApiScenarios.partnerJson("AOK PLUS", "COST_BEARER",
                    "kontakt@aok.example")).string("id");
            String dashboard = base + "/dashboard?on=2026-11-23";
            String directory = "/api/v1/public/networks/" + network + "/directory";
            Api.Response kept = one.get(dashboard);
            Api.Response keptDirectory = one.anonymous().get(directory);

            StampedAnswerScenarios.seatEndingSoon(other, base, body, "Katrin Böhme");
            other.put(base + "/partners/" + partner + "/consents/LOGO", "{\"on\": \"2024-02-29\"}");

            assertThat(kept.body()).doesNotContain("Katrin Böhme");
            assertThat(StampedAnswerScenarios.entries(keptDirectory)).isEmpty();
            assertThat(one.get(dashboard).body()).contains("\"holderName\":\"Katrin Böhme\"");
            assertThat(StampedAnswerScenarios.entries(one.anonymous().get(directory))).hasSize(1);
        }
    }
}
