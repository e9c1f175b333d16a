package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit trail: every change of a coordinator's session, who made it, and nothing else. */
abstract class AuditTrailScenarios extends KoopScenarios {

    @Test
    void everyChangeOfACoordinatorIsRecordedWithWhoWhenWhatAndNoPersonalData() {
        String network = api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
        String userName = "koordination-" + System.nanoTime();
        String userId = api.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"Sehr-geheim-2026\"}"
                .formatted(userName)).string("id");
        api.put("/api/v1/users/" + userId + "/networks/" + network, "{\"role\": \"COORDINATOR\"}");
        Api coordinator = koop.anonymousApi().signedInAs(userName, "Sehr-geheim-2026");
        String base = "/api/v1/networks/" + network;

        String partner = coordinator.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Pflegedienst Sonnenschein",
                "OTHER", "jana.vogel@sonnenschein.example")).string("id");
        assertThat(coordinator.put(base + "/partners/" + partner + "/consents/LOGO", "{\"on\": \"2024-01-15\"}").status())
                .isEqualTo(200);
        Api.Response refused = coordinator.post(base + "/partners", "{\"name\": \"\"}");
        String agreement = coordinator.post(base + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "Kooperationsvereinbarung", "parties": ["%s"],
                 "term": {"type": "UNLIMITED"}, "termination": {"type": "EXCLUDED"}, "concludedOn": "2024-03-15"}"""
                .formatted(partner)).string("id");
        String body = coordinator.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"]}""")
                .string("id");
        assertThat(coordinator.post(base + "/bodies/" + body + "/seats",
                "{\"holderName\": \"Jana Vogel\", \"partnerId\": \"%s\", \"from\": \"2025-01-01\"}".formatted(partner))
                .status()).isEqualTo(201);
        assertThat(coordinator.post(base + "/obligations", """
                {"agreementId": "%s", "title": "Erfahrungsaustausch", "responsiblePartnerId": "%s",
                 "startsOn": "2024-03-15", "rule": {"type": "ONCE_A_YEAR"}}""".formatted(agreement, partner)).status())
                .isEqualTo(201);
        coordinator.get(base + "/partners");

        Api.Response trail = coordinator.get(base + "/audit?size=100");
        List<Map<String, Object>> entries = trail.items();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(trail.status()).isEqualTo(200);
        List<Map<String, Object>> ofCoordinator = entries.stream().filter(e -> userId.equals(e.get("actor"))).toList();
        String adminId = (String) api.get("/api/v1/auth/me").json().get("id");
        assertThat(ofCoordinator).extracting(e -> e.get("useCase")).containsExactly(
                "ObligationUseCase.create", "GovernanceUseCase.appoint", "GovernanceUseCase.establish",
                "ConcludeAgreementUseCase.conclude", "PublicationConsentUseCase.give", "RegisterPartnerUseCase.register");
        assertThat(entries).extracting(e -> e.get("actor") + " " + e.get("useCase")).endsWith(
                adminId + " UserAdministrationUseCase.grant", adminId + " RegisterNetworkUseCase.register");
        assertThat(entries).allSatisfy(e -> assertThat(e).containsEntry("networkId", network).containsKey("at"));
        assertThat(ofCoordinator.getLast()).containsEntry("aggregate", "Partner").containsEntry("aggregateId", partner);
        assertThat(trail.body()).doesNotContain("Sonnenschein", "jana.vogel", "Jana Vogel", userName);
        assertThat(coordinator.post(base + "/audit", "{}").status()).isIn(403, 404, 405);
        assertThat(coordinator.delete(base + "/audit").status()).isIn(403, 404, 405);
        assertThat(api.get("/api/v1/audit?size=100").body()).contains("UserAdministrationUseCase.create");
    }
}
