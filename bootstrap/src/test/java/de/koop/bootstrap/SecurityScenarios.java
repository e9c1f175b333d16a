package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Over HTTP: signing in, tokens, roles per network, and what each role may do. */
abstract class SecurityScenarios extends KoopScenarios {

    static final String SECRET = "ein-geheimer-Schluessel-nur-fuer-die-Tests-von-koop";

    private Api anonymous;
    private String networkA;
    private String networkB;
    private String partnerA;
    private String partnerB;

    /** Settings with a known signing key, so that tests can forge tokens with and without it. */
    static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("koop.security.jwt-secret", SECRET);
        return settings;
    }

    @BeforeEach
    void twoNetworksWithAPartnerEach() {
        anonymous = koop.anonymousApi();
        networkA = api.post("/api/v1/networks", CoordinatorApiScenarios.networkJson("Netzwerk A", "A", true)).string("id");
        networkB = api.post("/api/v1/networks", CoordinatorApiScenarios.networkJson("Netzwerk B", "B", true)).string("id");
        partnerA = api.post("/api/v1/networks/" + networkA + "/partners",
                CoordinatorApiScenarios.partnerJson("Partner A", "OTHER", "a@a.example")).string("id");
        partnerB = api.post("/api/v1/networks/" + networkB + "/partners",
                CoordinatorApiScenarios.partnerJson("Partner B", "OTHER", "b@b.example")).string("id");
    }

    private String user(String role, String network, String partner) {
        String name = role.toLowerCase() + "-" + System.nanoTime();
        String id = api.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"Sehr-geheim-2026\"}"
                .formatted(name)).string("id");
        Api.Response granted = api.put("/api/v1/users/" + id + "/networks/" + network,
                partner == null ? "{\"role\": \"%s\"}".formatted(role)
                        : "{\"role\": \"%s\", \"partnerId\": \"%s\"}".formatted(role, partner));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        return name;
    }

    private Api as(String name) {
        return anonymous.signedInAs(name, "Sehr-geheim-2026");
    }

    private static String token(String secret, String issuer, String audience, Instant notBefore, Instant expires,
                                Map<String, Object> extra) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("6f1c2a56-0000-4000-8000-000000000001")
                .issuer(issuer).audience(audience).issueTime(new Date()).notBeforeTime(Date.from(notBefore))
                .expirationTime(Date.from(expires)).claim("adm", true);
        extra.forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    @Test
    void withoutSignInOnlyThePublicRoutesAnswer() {
        assertThat(anonymous.get("/api/v1/networks").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/networks").problemDetail()).contains("melden Sie sich an");
        assertThat(anonymous.get("/api/v1/public/networks/" + networkA + "/directory").status()).isEqualTo(200);
        assertThat(anonymous.get("/oparl/v1.1/system").status()).isEqualTo(200);
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
    }

    @Test
    void theAccessTokenIsSignedAndCarriesNoUsername() throws Exception {
        Api.Response login = anonymous.post("/api/v1/auth/login", "{\"username\": \"admin\", \"password\": \"%s\"}"
                .formatted(RunningKoop.ADMIN_PASSWORD));
        SignedJWT token = SignedJWT.parse(login.string("accessToken"));

        assertThat(token.verify(new com.nimbusds.jose.crypto.MACVerifier(SECRET))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("koop");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("koop-api");
        assertThat(token.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBefore(Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(token.getJWTClaimsSet().toString()).doesNotContain("admin\"");
    }

    @Test
    void aPasswordGivesAShortAccessTokenAndARefreshTokenThatRotatesAndEndsWithSignOut() {
        Api.Response wrong = anonymous.post("/api/v1/auth/login", "{\"username\": \"admin\", \"password\": \"falsch\"}");
        Api.Response unknown = anonymous.post("/api/v1/auth/login", "{\"username\": \"niemand\", \"password\": \"falsch\"}");
        Api.Response login = anonymous.post("/api/v1/auth/login", "{\"username\": \"ADMIN\", \"password\": \"%s\"}"
                .formatted(RunningKoop.ADMIN_PASSWORD));
        String refresh = login.string("refreshToken");
        Api.Response renewed = anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(refresh));
        Api.Response reused = anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(refresh));
        Api.Response logout = anonymous.post("/api/v1/auth/logout", "{\"refreshToken\": \"%s\"}"
                .formatted(renewed.string("refreshToken")));
        Api.Response afterLogout = anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}"
                .formatted(renewed.string("refreshToken")));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.problemDetail()).isEqualTo(wrong.problemDetail());
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json()).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900);
        assertThat(anonymous.withToken(login.string("accessToken")).get("/api/v1/auth/me").json())
                .containsEntry("username", "admin").containsEntry("administrator", true);
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(afterLogout.status()).isEqualTo(401);
    }

    @Test
    void aUsedRefreshTokenThatComesBackEndsTheSignInAndAnAdministratorEndsAllSessions() {
        String name = user("COORDINATOR", networkA, null);
        String login = "{\"username\": \"%s\", \"password\": \"Sehr-geheim-2026\"}".formatted(name);
        String first = anonymous.post("/api/v1/auth/login", login).string("refreshToken");
        String second = anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(first))
                .string("refreshToken");

        Api.Response stolen = anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(first));
        Api.Response successor = anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(second));
        String elsewhere = anonymous.post("/api/v1/auth/login", login).string("refreshToken");
        String id = (String) api.get("/api/v1/users?size=100").items().stream()
                .filter(u -> u.get("username").equals(name)).findFirst().orElseThrow().get("id");
        Api.Response ended = api.delete("/api/v1/users/" + id + "/sessions");
        Api.Response afterEnd = anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(elsewhere));

        assertThat(stolen.status()).isEqualTo(401);
        assertThat(successor.status()).isEqualTo(401);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(afterEnd.status()).isEqualTo(401);
    }

    @Test
    void tokensOfAnotherKeyIssuerOrAudienceAndExpiredOrNotYetValidOnesAreRefused() throws Exception {
        Instant now = Instant.now();
        String good = token(SECRET, "koop", "koop-api", now.minusSeconds(5), now.plusSeconds(600), Map.of());

        String unsigned = new com.nimbusds.jwt.PlainJWT(com.nimbusds.jwt.JWTClaimsSet.parse(
                SignedJWT.parse(good).getJWTClaimsSet().toJSONObject())).serialize();

        assertThat(anonymous.withToken(good).get("/api/v1/networks").status()).isEqualTo(200);
        assertThat(anonymous.withToken(unsigned).get("/api/v1/networks").status()).isEqualTo(401);
        assertThat(anonymous.withToken(token("ein-anderer-Schluessel-mit-mehr-als-32-Zeichen", "koop", "koop-api",
                now.minusSeconds(5), now.plusSeconds(600), Map.of())).get("/api/v1/networks").status()).isEqualTo(401);
        assertThat(anonymous.withToken(token(SECRET, "jemand", "koop-api", now.minusSeconds(5), now.plusSeconds(600),
                Map.of())).get("/api/v1/networks").status()).isEqualTo(401);
        assertThat(anonymous.withToken(token(SECRET, "koop", "andere-api", now.minusSeconds(5), now.plusSeconds(600),
                Map.of())).get("/api/v1/networks").status()).isEqualTo(401);
        assertThat(anonymous.withToken(token(SECRET, "koop", "koop-api", now.minusSeconds(900), now.minusSeconds(60),
                Map.of())).get("/api/v1/networks").status()).isEqualTo(401);
        assertThat(anonymous.withToken(token(SECRET, "koop", "koop-api", now.plusSeconds(300), now.plusSeconds(600),
                Map.of())).get("/api/v1/networks").status()).isEqualTo(401);
    }

    @Test
    void aCoordinatorWorksInItsNetworkAndFindsNothingOfAnotherByAnyId() {
        Api coordinator = as(user("COORDINATOR", networkA, null));

        assertThat(coordinator.get("/api/v1/networks/" + networkA + "/partners").status()).isEqualTo(200);
        assertThat(coordinator.post("/api/v1/networks/" + networkA + "/partners",
                CoordinatorApiScenarios.partnerJson("Neuer Partner", "OTHER", "n@a.example")).status()).isEqualTo(201);
        assertThat(coordinator.get("/api/v1/networks/" + networkB).status()).isEqualTo(404);
        assertThat(coordinator.get("/api/v1/networks/" + networkB + "/partners/" + partnerB).status()).isEqualTo(404);
        assertThat(coordinator.get("/api/v1/networks/" + networkA + "/partners/" + partnerB).status()).isEqualTo(404);
        assertThat(coordinator.get("/api/v1/networks/" + networkB.toUpperCase() + "/partners/").status()).isEqualTo(404);
        assertThat(coordinator.delete("/api/v1/networks/" + networkB + "/partners/" + partnerB + "/consents/LOGO")
                .status()).isEqualTo(404);
        assertThat(coordinator.get("/api/v1/outbox").status()).isEqualTo(403);
        assertThat(coordinator.post("/api/v1/networks", CoordinatorApiScenarios.networkJson("X", "X", true)).status())
                .isEqualTo(403);
        assertThat(coordinator.get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void aMemberReadsItsNetworkButChangesNothingAndWhatAnAdministratorTakesIsGoneWithTheNextToken() {
        String name = user("MEMBER", networkA, partnerA);
        Api member = as(name);

        assertThat(member.get("/api/v1/networks/" + networkA + "/partners").status()).isEqualTo(200);
        assertThat(member.post("/api/v1/networks/" + networkA + "/partners",
                CoordinatorApiScenarios.partnerJson("Neuer Partner", "OTHER", "n@a.example")).status()).isEqualTo(403);
        assertThat(member.get("/api/v1/networks/" + networkB + "/partners").status()).isEqualTo(404);
        assertThat(member.get("/api/v1/networks/" + networkA + "/audit").status()).isEqualTo(403);
        @SuppressWarnings("unchecked")
        String contact = (String) ((List<Map<String, Object>>) api.get("/api/v1/networks/" + networkA + "/partners/"
                + partnerA).json().get("contacts")).getFirst().get("id");
        assertThat(member.get("/api/v1/networks/" + networkA + "/partners/" + partnerA + "/contacts/" + contact
                + "/personal-data").status()).isEqualTo(403);
        String id = (String) api.get("/api/v1/users?size=100").items().stream()
                .filter(u -> u.get("username").equals(name)).findFirst().orElseThrow().get("id");
        assertThat(api.delete("/api/v1/users/" + id + "/networks/" + networkA).status()).isEqualTo(200);
        assertThat(as(name).get("/api/v1/networks/" + networkA + "/partners").status()).isEqualTo(404);
    }

    @Test
    void aMemberRecordsItsOwnPartnersReadinessAndNoOtherOnesAndProposesAgendaItems() {
        String other = api.post("/api/v1/networks/" + networkA + "/partners",
                CoordinatorApiScenarios.partnerJson("Partner A2", "OTHER", "a2@a.example")).string("id");
        String body = api.post("/api/v1/networks/" + networkA + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"]}""")
                .string("id");
        String meeting = api.post("/api/v1/networks/" + networkA + "/meetings", """
                {"bodyId": "%s", "startsAt": "2026-12-10T14:00", "format": "IN_PERSON"}""".formatted(body)).string("id");
        Api member = as(user("MEMBER", networkA, partnerA));
        String readiness = """
                {"partnerId": "%s", "personName": "Jana Vogel", "workingGroups": ["AG Wohnen"], "receivedOn": "2025-02-01",
                 "recordedBy": "Jana Vogel"}""";

        Api.Response own = member.post("/api/v1/networks/" + networkA + "/declarations/readiness", readiness.formatted(partnerA));
        Api.Response foreign = member.post("/api/v1/networks/" + networkA + "/declarations/readiness",
                readiness.formatted(other));
        Api.Response accession = member.post("/api/v1/networks/" + networkA + "/declarations/accessions", "{}");
        Api.Response proposal = member.post("/api/v1/networks/" + networkA + "/meetings/" + meeting + "/agenda",
                "{\"title\": \"Wohnraum für Pflegebedürftige\", \"proposedBy\": \"Jana Vogel\"}");

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(accession.status()).isEqualTo(403);
        assertThat(proposal.status()).as(proposal.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/networks/" + networkA + "/declarations").number("totalItems")).isEqualTo(1);
    }

    @Test
    void theContactsOfAFormerPartnerAreShownToAdministratorsOnly() {
        LeipzigFrameworkAgreement leipzig = LeipzigFrameworkAgreement.setUp(api);
        leipzig.accede(true);
        leipzig.terminate(leipzig.careService(), "2024-06-03");
        String network = leipzig.base().substring(leipzig.base().lastIndexOf('/') + 1);
        Api coordinator = as(user("COORDINATOR", network, null));

        Api.Response asCoordinator = coordinator.get(leipzig.base() + "/partners/" + leipzig.careService());
        Api.Response listed = coordinator.get(leipzig.base() + "/partners");
        Api.Response asAdministrator = api.get(leipzig.base() + "/partners/" + leipzig.careService());

        assertThat(asCoordinator.json().get("contacts")).isEqualTo(java.util.List.of());
        assertThat(asCoordinator.json()).containsEntry("name", "Pflegedienst Sonnenschein");
        assertThat(listed.body()).doesNotContain("info@sonnenschein.example").contains("pflegenetz@leipzig.example");
        assertThat(asAdministrator.body()).contains("info@sonnenschein.example");
        Api.Response consented = coordinator.put(leipzig.base() + "/partners/" + leipzig.careService() + "/consents/LOGO",
                "{\"on\": \"2024-01-15\"}");
        Api.Response updated = coordinator.put(leipzig.base() + "/partners/" + leipzig.careService(),
                "{\"version\": 5}");
        assertThat(consented.body()).doesNotContain("info@sonnenschein.example");
        assertThat(updated.status()).isEqualTo(422);
        assertThat(updated.string("code")).isEqualTo("former-partner-protected");
        assertThat(api.get(leipzig.base() + "/partners/" + leipzig.careService()).body())
                .contains("info@sonnenschein.example");
    }

    @Test
    void administratorsManageAccountsAndBadInputIsRefusedNamingTheField() {
        Api.Response shortPassword = api.post("/api/v1/users", "{\"username\": \"kurz\", \"password\": \"kurz\"}");
        Api.Response badName = api.post("/api/v1/users", "{\"username\": \"a b\", \"password\": \"Sehr-geheim-2026\"}");
        Api.Response taken = api.post("/api/v1/users", "{\"username\": \"Admin\", \"password\": \"Sehr-geheim-2026\"}");
        String id = api.post("/api/v1/users", "{\"username\": \"neu-%d\", \"password\": \"Sehr-geheim-2026\"}"
                .formatted(System.nanoTime())).string("id");
        Api.Response badRole = api.put("/api/v1/users/" + id + "/networks/" + networkA, "{\"role\": \"KOENIG\"}");
        Api.Response memberWithoutPartner = api.put("/api/v1/users/" + id + "/networks/" + networkA, "{\"role\": \"MEMBER\"}");
        Api.Response foreignPartner = api.put("/api/v1/users/" + id + "/networks/" + networkA,
                "{\"role\": \"MEMBER\", \"partnerId\": \"%s\"}".formatted(partnerB));

        Api.Response overlong = api.post("/api/v1/users", "{\"username\": \"lang\", \"password\": \"%s\"}"
                .formatted("ä".repeat(40)));
        Api.Response longLogin = anonymous.post("/api/v1/auth/login", "{\"username\": \"admin\", \"password\": \"%s\"}"
                .formatted("x".repeat(150)));
        Api.Response longName = anonymous.post("/api/v1/auth/login", "{\"username\": \"%s\", \"password\": \"x\"}"
                .formatted("n".repeat(5000)));
        assertThat(overlong.problemFields()).containsExactly("password");
        assertThat(longLogin.status()).isEqualTo(401);
        assertThat(longName.problemFields()).containsExactly("username");
        assertThat(shortPassword.problemFields()).containsExactly("password");
        assertThat(badName.problemFields()).containsExactly("username");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.string("code")).isEqualTo("username-taken");
        assertThat(badRole.problemFields()).containsExactly("role");
        assertThat(memberWithoutPartner.problemFields()).containsExactly("partnerId");
        assertThat(foreignPartner.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + id).body()).doesNotContain("password", "$2a$");
    }
}
