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
 * Issue 6's route enumeration: reads the OpenAPI document koop serves and calls every operation in it,
 * anonymously and as the coordinator of another network, each path also with a trailing slash and in
 * upper case. Routes added later are covered without touching this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteEnumerationTest {

    private static final String OTHER = "6f1c2a56-0000-4000-8000-00000000000b";

    private RunningKoop koop;
    private Api anonymous;
    private Api coordinatorOfA;
    private String networkB;
    private final List<String[]> operations = new ArrayList<>();

    /** One call of one operation: method, path as documented, path as called. */
    private record Call(String method, String documented, String path) {
    }

    @BeforeAll
    void twoNetworksAndTheCoordinatorOfTheFirst() {
        koop = RunningKoop.inMemory();
        Api admin = koop.api();
        anonymous = koop.anonymousApi();
        String networkA = admin.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Netzwerk A", "A", true)).string("id");
        networkB = admin.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Netzwerk B", "B", true)).string("id");
        String user = admin.post("/api/v1/users",
                "{\"username\": \"koordination-a\", \"password\": \"Koordination-A-2026!\"}").string("id");
        assertThat(admin.put("/api/v1/users/" + user + "/networks/" + networkA, "{\"role\": \"COORDINATOR\"}").status())
                .isEqualTo(200);
        coordinatorOfA = anonymous.signedInAs("koordination-a", "Koordination-A-2026!");

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(anonymous.get("/openapi.yml").body()).get("paths");
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> operations.add(new String[] {m.toUpperCase(Locale.ROOT), path})));
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
