package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's start: the embedded database in a file, with demo data, surviving a restart. */
class StartAndRestartTest {

    @TempDir
    Path directory;

    @Test
    void demoDataHoldsTheNetworksOfTheThreeAgreementsAndIsLoadedOnlyOnce() {
        String file = directory.resolve("koop").toString();
        Map<String, Object> withDemo = Map.of("koop.demo-data", true,
                "datasources.default.url", "jdbc:h2:file:" + file + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE");
        List<Object> names;
        String leipzig;
        try (RunningKoop koop = RunningKoop.start(withDemo)) {
            Api.Response networks = koop.api().get("/api/v1/networks");
            names = networks.items().stream().map(n -> n.get("name")).toList();
            leipzig = (String) networks.items().stream().filter(n -> "LeiKoP".equals(n.get("shortName")))
                    .findFirst().orElseThrow().get("id");
            Api.Response partners = koop.api().get("/api/v1/networks/" + leipzig + "/partners?size=100");
            assertThat(partners.items()).extracting(p -> (Object) ((Map<?, ?>) p.get("category")).get("code"))
                    .contains("CITY_ADMINISTRATION", "COST_BEARER", "HOSPITAL", "SERVICE_PROVIDER", "SELF_HELP");
            assertThat(partners.items().stream().filter(p -> "SERVICE_PROVIDER".equals(
                    ((Map<?, ?>) p.get("category")).get("code")))).hasSize(2);
            assertThat(koop.api().get("/api/v1/networks/" + leipzig).json().get("coordination")).isNotNull();
            String agreement = (String) koop.api().get("/api/v1/networks/" + leipzig + "/agreements").jsonList()
                    .getFirst().get("id");
            String membership = "/api/v1/networks/" + leipzig + "/agreements/" + agreement + "/membership?on=";
            assertThat(koop.api().get(membership + "2024-06-30").body()).contains("Diakonie");
            assertThat(koop.api().get(membership + "2024-07-01").body()).doesNotContain("Diakonie")
                    .contains("Klinikum St. Georg");
            nordsachsenDecidesBySimpleMajorityOfVotesCast(koop.api(), networks);
        }
        assertThat(names).hasSize(3).contains("Leipziger Kooperation Pflege",
                "Integrierte Sozialplanung im Landkreis Nordsachsen");

        try (RunningKoop again = RunningKoop.start(withDemo)) {
            assertThat(again.api().get("/api/v1/networks").number("totalItems")).isEqualTo(3);
        }
    }

    /**
     * Nordsachsen § 6 "mit einfacher Mehrheit": every body of the demo network decides by the votes cast,
     * so one yes and one abstention of the two present adopt a motion.
     */
    private static void nordsachsenDecidesBySimpleMajorityOfVotesCast(Api api, Api.Response networks) {
        String nordsachsen = "/api/v1/networks/" + networks.items().stream()
                .filter(n -> "Integrierte Sozialplanung im Landkreis Nordsachsen".equals(n.get("name")))
                .findFirst().orElseThrow().get("id");
        assertThat(api.get(nordsachsen + "/bodies").jsonList()).isNotEmpty()
                .allSatisfy(body -> assertThat(((Map<?, ?>) body.get("decisionRule")).get("kind"))
                        .isEqualTo("SIMPLE_MAJORITY_OF_VOTES_CAST"));
        String meeting = (String) api.get(nordsachsen + "/meetings").jsonList().stream()
                .filter(m -> "HELD".equals(m.get("state"))).findFirst().orElseThrow().get("id");
        Api.Response decided = api.post(nordsachsen + "/meetings/" + meeting + "/decisions",
                "{\"motion\": \"Sozialbericht 2025 beschließen\", \"yes\": 1, \"no\": 0, \"abstain\": 1}");
        assertThat(decided.body()).as(decided.toString()).contains("\"outcome\":\"ADOPTED\"");
    }

    @Test
    void dataCreatedOverHttpSurvivesARestart() {
        Map<String, Object> settings = Map.of("datasources.default.url",
                "jdbc:h2:file:" + directory.resolve("koop") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE");
        String location;
        try (RunningKoop koop = RunningKoop.start(settings)) {
            Api.Response created = koop.api().post("/api/v1/networks",
                    CoordinatorApiScenarios.networkJson("Netzwerk Demenz Grünau", "NDG", true));
            location = created.location().orElseThrow();
            assertThat(koop.api().post(location + "/partners",
                    CoordinatorApiScenarios.partnerJson("Klinikum St. Georg", "HOSPITAL", "sozialdienst@stgeorg.example"))
                    .status()).isEqualTo(201);
        }

        try (RunningKoop restarted = RunningKoop.start(settings)) {
            assertThat(restarted.api().get(location).string("name")).isEqualTo("Netzwerk Demenz Grünau");
            Api.Response partners = restarted.api().get(location + "/partners");
            assertThat(partners.items()).extracting(p -> p.get("name")).containsExactly("Klinikum St. Georg");
        }
    }
}
