package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over plain HTTP, where status codes can be read: administrators search all networks by part of the name, page
 * by page; coordinators see their own networks; who may not register or change partners (a member, a coordinator
 * facing a former partner) is offered no link and is refused with a German page; another network's partner
 * forms do not exist for a coordinator; a search text that names nothing is named beside its field.
 */
class WebNetworkSearchAndPartnerRightsTest {

    private static final String MEMBER = "mitglied@example.org";
    private static final String MEMBER_PASSWORD = "Kennwort-des-Mitglieds";
    private static final String LEIPZIG_COORDINATOR = "leipzig@example.org";
    private static final String LEIPZIG_PASSWORD = "Kennwort-fuer-Leipzig";
    private static final int TEST_NETWORKS = 21;

    private static WebFixture web;
    private static WebHttp http;
    private static Api admin;
    private static String partners;
    private static Map<String, Object> ownPartner;

    @BeforeAll
    static void start() {
        web = WebFixture.start();
        http = new WebHttp(web);
        admin = web.koop().api();
        for (int i = 1; i <= TEST_NETWORKS; i++) {
            admin.post("/api/v1/networks", CoordinatorApiScenarios.networkJson("Testnetz %02d".formatted(i), "T" + i, true));
        }
        partners = "/api/v1/networks/" + web.ownId() + "/partners";
        ownPartner = admin.get(partners).items().getFirst();
        grant(MEMBER, MEMBER_PASSWORD, web.ownId(), "{\"role\": \"MEMBER\", \"partnerId\": \"%s\"}"
                .formatted(ownPartner.get("id")));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static void grant(String username, String password, String network, String role) {
        String user = admin.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(username, password)).string("id");
        assertThat(admin.put("/api/v1/users/" + user + "/networks/" + network, role).status()).isEqualTo(200);
    }

    @Test
    void administratorsSearchAllNetworksByPartOfTheirNamePageByPage() throws Exception {
        String session = http.signIn(RunningKoop.ADMIN, RunningKoop.ADMIN_PASSWORD);

        HttpResponse<String> first = http.get("/netzwerke?name=TESTNETZ", session);
        HttpResponse<String> second = http.get("/netzwerke?name=TESTNETZ&seite=2", session);
        HttpResponse<String> refused = http.get("/netzwerke?name=%E2%80%93", session);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<h1 class=\"kern-heading-large\">Alle Netzwerke</h1>", "Name enthält",
                "value=\"TESTNETZ\"", "Testnetz 01", "Testnetz 20", "Seite 1 von 2 (21 Einträge)",
                "href=\"/netzwerke?name=TESTNETZ&amp;seite=2\"").doesNotContain(web.ownName(), "Testnetz 21");
        assertThat(second.body()).contains("Testnetz 21").doesNotContain("Testnetz 20");
        assertThat(http.get("/netzwerke?name=nordsachsen", session).body()).contains(web.ownName())
                .doesNotContain("Testnetz");
        assertThat(http.get("/netzwerke?name=Zahnklinik", session).body())
                .contains("Kein Netzwerk hat einen Namen, der „Zahnklinik“ enthält.");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"name-fehler\"", "<title>Fehler: Alle Netzwerke – koop</title>",
                "Der Suchtext muss mindestens einen Buchstaben oder eine Ziffer enthalten.", "href=\"#name\"");
        assertThat(http.get("/netzwerke", session).body()).contains(web.ownName(), "Seite 1 von 2 (24 Einträge)");
    }

    @Test
    void coordinatorsSeeTheirOwnNetworksWithoutSearchAndMayRegisterAndChangePartners() throws Exception {
        String session = http.signIn();
        String own = "/netzwerke/" + web.ownId() + "/partner";

        HttpResponse<String> start = http.get("/netzwerke", session);
        HttpResponse<String> list = http.get(own, session);
        HttpResponse<String> partner = http.get(own + "/" + ownPartner.get("id"), session);

        assertThat(start.body()).contains("Meine Netzwerke", web.ownName()).doesNotContain("Name enthält", "Testnetz");
        assertThat(list.body()).contains("href=\"" + own + "/neu\">Partner registrieren</a>");
        assertThat(partner.body()).contains("href=\"" + own + "/" + ownPartner.get("id") + "/bearbeiten\"");
        assertThat(http.get(own + "/neu", session).statusCode()).isEqualTo(200);
        assertThat(http.get(own + "/" + ownPartner.get("id") + "/bearbeiten", session).statusCode()).isEqualTo(200);
    }

    @Test
    void aMemberIsOfferedNeitherRegisteringNorChangingAPartnerAndIsRefusedWithAGermanPage() throws Exception {
        String session = http.signIn(MEMBER, MEMBER_PASSWORD);
        String own = "/netzwerke/" + web.ownId() + "/partner";
        String edit = own + "/" + ownPartner.get("id") + "/bearbeiten";
        long registered = admin.get(partners).number("totalItems");

        HttpResponse<String> list = http.get(own, session);
        HttpResponse<String> partner = http.get(own + "/" + ownPartner.get("id"), session);
        String token = WebHttp.token(list.body());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("Partner registrieren");
        assertThat(partner.statusCode()).isEqualTo(200);
        assertThat(partner.body()).doesNotContain("/bearbeiten");
        for (HttpResponse<String> refused : List.of(http.get(own + "/neu", session), http.get(edit, session),
                http.post(own + "/neu", session, token, "name", "Eingeschleust", "bereich", "OTHER", "strasse", "Weg 1",
                        "plz", "04103", "ort", "Leipzig"),
                http.post(edit, session, token, "version", "0", "name", "Umbenannt", "bereich", "OTHER",
                        "strasse", "Weg 1", "plz", "04103", "ort", "Leipzig"))) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Das konnte nicht ausgeführt werden", "fehlt Ihnen dafür die Berechtigung");
        }
        assertThat(admin.get(partners).number("totalItems")).isEqualTo(registered);
        assertThat(admin.get(partners + "/" + ownPartner.get("id")).string("name")).isEqualTo(ownPartner.get("name"));
    }

    @Test
    void aFormerPartnerIsNotOfferedForChangeToACoordinatorWhoIsToldWhy() throws Exception {
        Map<String, Object> leipzig = admin.get("/api/v1/networks").items().stream()
                .filter(n -> n.get("name").equals("Leipziger Kooperation Pflege")).findFirst().orElseThrow();
        grant(LEIPZIG_COORDINATOR, LEIPZIG_PASSWORD, (String) leipzig.get("id"), "{\"role\": \"COORDINATOR\"}");
        String former = (String) admin.get("/api/v1/networks/" + leipzig.get("id") + "/partners?name=Diakonie")
                .items().getFirst().get("id");
        String session = http.signIn(LEIPZIG_COORDINATOR, LEIPZIG_PASSWORD);
        String path = "/netzwerke/" + leipzig.get("id") + "/partner/" + former;

        HttpResponse<String> edit = http.get(path + "/bearbeiten", session);

        assertThat(http.get(path, session).body()).doesNotContain("/bearbeiten");
        assertThat(edit.statusCode()).isEqualTo(422);
        assertThat(edit.body()).contains("Ein ausgeschiedener Partner wird nur von Administratoren geändert")
                .doesNotContain("<form method=\"post\" action=\"" + path);
    }

    @Test
    void anotherNetworksPartnerFormsDoNotExistAndAForgedFormIsRefused() throws Exception {
        String session = http.signIn();
        String other = "/netzwerke/" + web.otherId() + "/partner";
        String otherPartner = (String) admin.get("/api/v1/networks/" + web.otherId() + "/partners").items().getFirst()
                .get("id");
        HttpResponse<String> list = http.get("/netzwerke/" + web.ownId() + "/partner", session);
        String token = WebHttp.token(list.body());

        assertThat(http.get(other + "/neu", session).statusCode()).isEqualTo(404);
        assertThat(http.get(other + "/" + otherPartner + "/bearbeiten", session).statusCode()).isEqualTo(404);
        assertThat(http.get("/netzwerke/" + web.ownId() + "/partner/" + otherPartner + "/bearbeiten", session)
                .statusCode()).isEqualTo(404);
        assertThat(http.post(other + "/neu", session, token, "name", "Eingeschleust").statusCode()).isEqualTo(404);
        assertThat(http.post("/netzwerke/" + web.ownId() + "/partner/" + ownPartner.get("id") + "/bearbeiten", session,
                token, "version", "keine").statusCode()).isEqualTo(400);
    }

    @Test
    void aSearchTextThatNamesNothingIsNamedBesideItsFieldAlsoForHtmx() throws Exception {
        String session = http.signIn();
        String list = "/netzwerke/" + web.ownId() + "/partner";

        HttpResponse<String> found = http.get(list + "?name=beirat&bereich=SENIOR_REPRESENTATION", session, true);
        HttpResponse<String> none = http.get(list + "?name=Zahnklinik&bereich=HOSPITAL", session);
        HttpResponse<String> refused = http.get(list + "?name=%25_", session, true);

        assertThat(found.body()).contains("Kreisseniorenbeirat Nordsachsen").doesNotContain("Jobcenter");
        assertThat(none.body()).contains("Kein Partner im Bereich „Krankenhaus“ hat einen Namen, der „Zahnklinik“ enthält.");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"name-fehler\"", "value=\"%_\"",
                "Der Suchtext muss mindestens einen Buchstaben oder eine Ziffer enthalten.");
    }
}
