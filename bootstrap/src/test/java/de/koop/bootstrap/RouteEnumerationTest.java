package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * Route enumeration: reads the OpenAPI document koop serves and calls every operation in it,
 * anonymously and as the coordinator of another network, each path also with a trailing slash and in
 * upper case. Routes added later are covered without touching this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteEnumerationTest {

    private static final String OTHER = "6f1c2a56-0000-4000-8000-00000000000b";

    private RunningKoop koop;
    private Api anonymous;
    private Api coordinatorOfA;
    private String networkA;
    private String networkB;
    private final java.util.Map<String, String> idsOfB = new java.util.HashMap<>();
    private final List<String[]> operations = new ArrayList<>();

    /** One call of one operation: method, path as documented, path as called. */
    private record Call(String method, String documented, String path) {
    }

    @BeforeAll
    void twoNetworksAndTheCoordinatorOfTheFirst() {
        koop = RunningKoop.inMemory();
        Api admin = koop.api();
        anonymous = koop.anonymousApi();
        networkA = admin.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Netzwerk A", "A", true)).string("id");
        networkB = admin.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Netzwerk B", "B", true)).string("id");
        String user = admin.post("/api/v1/users",
                "{\"username\": \"koordination-a\", \"password\": \"Koordination-A-2026!\"}").string("id");
        assertThat(admin.put("/api/v1/users/" + user + "/networks/" + networkA, "{\"role\": \"COORDINATOR\"}").status())
                .isEqualTo(200);
        coordinatorOfA = anonymous.signedInAs("koordination-a", "Koordination-A-2026!");
        objectsOfB(admin);

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(anonymous.get("/openapi.yml").body()).get("paths");
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> operations.add(new String[] {m.toUpperCase(Locale.ROOT), path})));
    }

    /** One of each kind of object in network B, to try to reach through network A's routes. */
    private void objectsOfB(Api admin) {
        String b = "/api/v1/networks/" + networkB;
        Api.Response partner = admin.post(b + "/partners", CoordinatorApiScenarios.partnerJson("Partner B", "OTHER",
                "b@b.example"));
        idsOfB.put("partnerId", partner.string("id"));
        @SuppressWarnings("unchecked")
        String person = (String) ((List<Map<String, Object>>) partner.json().get("contacts")).getFirst().get("id");
        idsOfB.put("personId", person);
        idsOfB.put("agreementId", admin.post(b + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "Vereinbarung B", "parties": ["%s"],
                 "term": {"type": "UNLIMITED"}, "termination": {"type": "EXCLUDED"}, "concludedOn": "2024-03-15"}"""
                .formatted(idsOfB.get("partnerId"))).string("id"));
        idsOfB.put("bodyId", admin.post(b + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG B", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"]}""")
                .string("id"));
        idsOfB.put("seatId", admin.post(b + "/bodies/" + idsOfB.get("bodyId") + "/seats",
                "{\"holderName\": \"Mitglied B\", \"from\": \"2025-01-01\"}").string("id"));
        idsOfB.put("meetingId", admin.post(b + "/meetings", """
                {"bodyId": "%s", "startsAt": "2026-12-10T14:00", "format": "IN_PERSON"}""".formatted(idsOfB.get("bodyId")))
                .string("id"));
        idsOfB.put("obligationId", admin.post(b + "/obligations", """
                {"agreementId": "%s", "title": "Pflicht B", "responsiblePartnerId": "%s", "startsOn": "2024-03-15",
                 "rule": {"type": "ONCE_A_YEAR"}}""".formatted(idsOfB.get("agreementId"), idsOfB.get("partnerId")))
                .string("id"));
        idsOfB.put("declarationId", admin.post(b + "/declarations/readiness", """
                {"partnerId": "%s", "personName": "Mitglied B", "workingGroups": ["AG B"], "receivedOn": "2025-02-01",
                 "recordedBy": "Koordination B"}""".formatted(idsOfB.get("partnerId"))).string("id"));
        assertThat(idsOfB.values()).doesNotContainNull();
    }

    @Test
    void theCoordinatorOfAnotherNetworkCannotReachItsObjectsThroughTheRoutesOfItsOwnNetwork() {
        List<String> reached = new ArrayList<>();
        int tried = 0;
        for (String[] operation : operations) {
            String documented = operation[1];
            if (!documented.startsWith("/api/v1/networks/{networkId}/") || idsOfB.keySet().stream()
                    .noneMatch(name -> documented.contains("{" + name + "}"))) {
                continue;
            }
            String path = documented.replace("{networkId}", networkA);
            for (Map.Entry<String, String> id : idsOfB.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            path = path.replace("{number}", "1").replace("{scope}", "LOGO").replaceAll("\\{[^}]+}", OTHER);
            Api.Response response = coordinatorOfA.request(operation[0], path, body(operation[0]));
            tried++;
            if (response.status() >= 200 && response.status() < 300) {
                reached.add(operation[0] + " " + path + " -> " + response.status() + " " + response.body());
            }
        }

        assertThat(tried).isGreaterThan(20);
        assertThat(reached).isEmpty();
    }

    @AfterAll
    void stop() {
        koop.close();
    }

    private static boolean isPublic(String method, String path) {
        return path.startsWith("/api/v1/public/") || path.startsWith("/oparl/") || path.equals("/oparl/v1.1")
                || path.equals("/health") || path.equals("/openapi.yml")
                || (method.equals("POST") && List.of("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout")
                .contains(path));
    }

    /** Every operation with its ids filled in: the network is B, every other id one that does not exist. */
    private List<Call> calls(boolean publicOnes) {
        List<Call> calls = new ArrayList<>();
        for (String[] operation : operations) {
            String documented = operation[1];
            if (isPublic(operation[0], documented) != publicOnes) {
                continue;
            }
            String path = documented.replace("{networkId}", networkB).replaceAll("\\{[^}]*Number[^}]*}", "1")
                    .replaceAll("\\{(scope)}", "LOGO").replaceAll("\\{(kind)}", "accession-confirmation")
                    .replaceAll("\\{[^}]+}", OTHER);
            calls.add(new Call(operation[0], documented, path));
            calls.add(new Call(operation[0], documented, path + "/"));
            calls.add(new Call(operation[0], documented, path.toUpperCase(Locale.ROOT)));
        }
        return calls;
    }

    private static String body(String method) {
        return method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    @Test
    void theDocumentListsTheWholeApi() {
        assertThat(operations).hasSizeGreaterThan(60);
        assertThat(operations).anyMatch(o -> o[1].equals("/api/v1/networks/{networkId}/partners"));
        assertThat(operations).anyMatch(o -> o[1].startsWith("/api/v1/users"));
    }

    @Test
    void anonymousCallsOfEveryNonPublicRouteAreRefusedWith401() {
        List<String> answered = new ArrayList<>();
        for (Call call : calls(false)) {
            Api.Response response = anonymous.request(call.method(), call.path(), body(call.method()));
            if (response.status() != 401) {
                answered.add(call.method() + " " + call.path() + " -> " + response.status());
            }
        }

        assertThat(answered).isEmpty();
    }

    @Test
    void theCoordinatorOfAnotherNetworkNeverSucceedsOnARouteOfThisOne() {
        List<String> succeeded = new ArrayList<>();
        for (Call call : calls(false)) {
            Api.Response response = coordinatorOfA.request(call.method(), call.path(), body(call.method()));
            // the caller's own account is the one route every signed-in user may read
            boolean ownAccount = call.documented().equals("/api/v1/auth/me");
            if (!ownAccount && response.status() >= 200 && response.status() < 300) {
                succeeded.add(call.method() + " " + call.path() + " -> " + response.status());
            }
            if (call.documented().startsWith("/api/v1/networks/{networkId}") && response.status() != 404) {
                succeeded.add(call.method() + " " + call.path() + " -> " + response.status() + " (not 404)");
            }
        }

        assertThat(succeeded).isEmpty();
    }

    @Test
    void publicRoutesAnswerAnonymouslyWithoutAnyError() {
        List<String> failed = new ArrayList<>();
        for (Call call : calls(true)) {
            if (!call.method().equals("GET") || call.path().endsWith("/") || !call.path().equals(
                    call.path().toLowerCase(Locale.ROOT)) && call.path().contains(OTHER)) {
                continue;
            }
            Api.Response response = anonymous.request(call.method(), call.path(), null);
            if (response.status() == 401 || response.status() == 403 || response.status() >= 500) {
                failed.add(call.method() + " " + call.path() + " -> " + response.status());
            }
        }

        assertThat(failed).isEmpty();
    }
}
