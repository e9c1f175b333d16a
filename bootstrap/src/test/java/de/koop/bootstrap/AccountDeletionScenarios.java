package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An administrator deletes a user account over HTTP: it names nobody and signs in no more, its sessions
 * and roles end, and the audit trail keeps its id; nobody else may, and no administrator their own.
 */
abstract class AccountDeletionScenarios extends KoopScenarios {

    private static final String PASSWORD = "Sehr-geheim-2026";

    @Test
    void anAdministratorDeletesAnAccountWhoseNameAndSessionsAreGoneWhileTheTrailKeepsItsId() {
        Api anonymous = koop.anonymousApi();
        String network = api.post("/api/v1/networks", CoordinatorApiScenarios.networkJson("Netzwerk A", "A", true))
                .string("id");
        String name = "jana.vogel." + System.nanoTime() + "@sonnenschein.example";
        String id = api.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(name, PASSWORD))
                .string("id");
        assertThat(api.put("/api/v1/users/" + id + "/networks/" + network, "{\"role\": \"COORDINATOR\"}").status())
                .isEqualTo(200);
        String login = "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(name, PASSWORD);
        Api.Response session = anonymous.post("/api/v1/auth/login", login);
        String admin = api.get("/api/v1/auth/me").string("id");

        Api.Response byCoordinator = anonymous.withToken(session.string("accessToken")).delete("/api/v1/users/" + id);
        Api.Response own = api.delete("/api/v1/users/" + admin);
        Api.Response deleted = api.delete("/api/v1/users/" + id);
        Api.Response unknown = api.delete("/api/v1/users/6f1c2a56-0000-4000-8000-00000000000b");

        assertThat(byCoordinator.status()).isEqualTo(403);
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.problemDetail()).contains("eigene Benutzerkonto");
        assertThat(own.string("code")).isEqualTo("own-account-not-deletable");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json()).containsEntry("username", "geloescht-" + id).containsEntry("deleted", true)
                .containsEntry("administrator", false).containsEntry("networks", List.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(anonymous.post("/api/v1/auth/login", login).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}"
                .formatted(session.string("refreshToken"))).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/users/" + id + "/networks/" + network, "{\"role\": \"COORDINATOR\"}").status())
                .isEqualTo(422);
        assertThat(api.delete("/api/v1/users/" + id).json()).containsEntry("username", "geloescht-" + id);
        Api.Response trail = api.get("/api/v1/audit?size=100");
        assertThat(trail.items()).anySatisfy(entry -> assertThat(entry).containsEntry("useCase",
                "UserAdministrationUseCase.delete").containsValue(id));
        assertThat(trail.body()).doesNotContain(name);
        assertThat(api.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(name, PASSWORD))
                .status()).as("the name is free again").isEqualTo(201);
        assertThat(api.get("/api/v1/users/" + admin).json()).containsEntry("deleted", false);
    }
}
