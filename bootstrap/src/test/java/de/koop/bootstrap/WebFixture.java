package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * koop on the in-memory stores with the demo data, and a coordinator of the first demo network (set up
 * through the API, as an administrator would), for the tests of the web interface.
 *
 * @param coordinatorId the coordinator's user id
 * @param ownId     the network the coordinator works in
 * @param otherId   a network the coordinator has no role in
 */
record WebFixture(RunningKoop koop, String coordinatorId, String ownId, String ownName, String otherId,
                  String otherName) implements AutoCloseable {

    static final String COORDINATOR = "koordinatorin@example.org";
    static final String COORDINATOR_PASSWORD = "Kennwort-der-Koordinatorin";

    static WebFixture start() {
        return start(Map.of());
    }

    static WebFixture start(Map<String, Object> settings) {
        Map<String, Object> withDemoData = new java.util.HashMap<>(settings);
        withDemoData.put("koop.demo-data", true);
        RunningKoop koop = RunningKoop.inMemory(withDemoData);
        Api admin = koop.api();
        List<Map<String, Object>> networks = admin.get("/api/v1/networks").items();
        Map<String, Object> own = networks.get(0);
        Map<String, Object> other = networks.get(1);
        String user = admin.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(COORDINATOR, COORDINATOR_PASSWORD)).string("id");
        assertThat(admin.put("/api/v1/users/" + user + "/networks/" + own.get("id"), "{\"role\": \"COORDINATOR\"}")
                .status()).isEqualTo(200);
        return new WebFixture(koop, user, (String) own.get("id"), (String) own.get("name"), (String) other.get("id"),
                (String) other.get("name"));
    }

    /**
     * An obligation of the coordinator's network under its first agreement, set up through the API as an
     * administrator would; its id.
     *
     * @param rule        the deadline rule as the API takes it, such as {@code {"type": "YEARLY", "dueDay": "03-31"}}
     * @param responsible the responsible partner, by its place in the network's list of partners
     * @param recipient   the recipient likewise, or {@code null} for none
     */
    String obligation(String title, String rule, String startsOn, int responsible, Integer recipient) {
        Api admin = koop.api();
        String base = "/api/v1/networks/" + ownId;
        List<Map<String, Object>> partners = admin.get(base + "/partners").items();
        return admin.post(base + "/obligations", """
                {"agreementId": "%s", "title": "%s", "responsiblePartnerId": "%s", "recipientPartnerId": %s,
                 "rule": %s, "startsOn": "%s"}""".formatted(admin.get(base + "/agreements").jsonList().getFirst().get("id"),
                title, partners.get(responsible).get("id"),
                recipient == null ? "null" : "\"" + partners.get(recipient).get("id") + "\"", rule, startsOn))
                .string("id");
    }

    /** The fulfilments of an obligation of the coordinator's network, as the API lists them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> fulfilments(String obligationId) {
        return (List<Map<String, Object>>) koop.api().get("/api/v1/networks/" + ownId + "/obligations/" + obligationId)
                .json().get("fulfilments");
    }

    String url(String path) {
        return koop.anonymousApi().baseUri().resolve(path).toString();
    }

    @Override
    public void close() {
        koop.close();
    }
}
