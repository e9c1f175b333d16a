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

    String url(String path) {
        return koop.anonymousApi().baseUri().resolve(path).toString();
    }

    @Override
    public void close() {
        koop.close();
    }
}
