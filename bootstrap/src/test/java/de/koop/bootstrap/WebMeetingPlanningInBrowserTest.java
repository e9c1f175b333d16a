package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator of the Leipzig demo network plans a meeting of its overdue steering group in the browser: opens
 * the network's bodies, the steering group's page with its rules and the convener koop proposes by them, sends
 * the planning form with a day that does not exist and then, with the keyboard alone, with an end before the
 * start (each refused beside its field, what was typed kept, nothing planned) and then right; on the meeting's
 * page proposes an item (first without a topic), accepts it, proposes another and defers it, and sends the
 * invitation; an invitation the body's rule refuses (a body without members) is named; the network's meetings
 * list the new one; another network's body is not found. koop's clock stands on 15.06.2026; the API confirms
 * each step, and every page is checked with axe-core and kept as a screenshot.
 */
class WebMeetingPlanningInBrowserTest {

    private static final String LEIPZIG = "Leipziger Kooperation Pflege";
    private static final String CITY = "Stadt Leipzig, Sozialamt – Netzwerkkoordination Pflege";
    private static final String STEERING = "Steuerungsgruppe";
    private static final String EMPTY_GROUP = "AG Wohnen im Quartier";
    private static final String FOREIGN = "Netzwerk ohne die Koordinatorin";

    private static WebFixture web;
    private static Api admin;
    private static InBrowser browser;
    private static String leipzigId;
    private static String steeringId;
    private static String cityId;
    private static String emptyGroupMeetingId;
    private static String foreignId;
    private static String foreignBodyId;

    @BeforeAll
    static void start() {
        web = WebFixture.start(Map.of("koop.test.today", "2026-06-15"));
        admin = web.koop().api();
        leipzigId = admin.get("/api/v1/networks").items().stream().filter(n -> LEIPZIG.equals(n.get("name")))
                .map(n -> (String) n.get("id")).findFirst().orElseThrow();
        assertThat(admin.put("/api/v1/users/" + web.coordinatorId() + "/networks/" + leipzigId,
                "{\"role\": \"COORDINATOR\"}").status()).isEqualTo(200);
        String leipzig = "/api/v1/networks/" + leipzigId;
        steeringId = admin.get(leipzig + "/bodies").jsonList().stream().filter(b -> STEERING.equals(b.get("name")))
                .map(b -> (String) b.get("id")).findFirst().orElseThrow();
        cityId = admin.get(leipzig + "/partners?size=100").items().stream().filter(p -> CITY.equals(p.get("name")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        // a working group set up this year without members yet: its invitation has nobody to go to
        String emptyGroup = admin.post(leipzig + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "%s", "establishedOn": "2026-01-01", "formats": ["IN_PERSON"]}"""
                .formatted(EMPTY_GROUP)).string("id");
        emptyGroupMeetingId = admin.post(leipzig + "/meetings", """
                {"bodyId": "%s", "startsAt": "2026-09-10T10:00", "format": "IN_PERSON"}""".formatted(emptyGroup))
                .string("id");
        foreignId = admin.post("/api/v1/networks", CoordinatorApiScenarios.networkJson(FOREIGN, "FREMD", true))
                .string("id");
        foreignBodyId = admin.post("/api/v1/networks/" + foreignId + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Fremd", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"]}""")
                .string("id");
        browser = InBrowser.on(web);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        web.close();
    }

    @BeforeEach
    void signedIn() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn();
    }

    @Test
    void aCoordinatorPlansAMeetingSetsItsAgendaAndSendsTheInvitation() {
        browser.followLink(LEIPZIG);
        String bodyPath = "/netzwerke/" + leipzigId + "/gremien/" + steeringId;
        // the dashboard's overdue body leads to the body's page
        assertThat(section("gremien-ueberfaellig").findElement(By.linkText(STEERING)).getAttribute("href"))
                .endsWith(bodyPath);

        browser.follow(browser.driver().findElement(By.cssSelector("nav.koop-network-nav")).findElement(By.linkText("Gremien")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/netzwerke/" + leipzigId + "/gremien");
        assertThat(browser.cells("#gremienliste tbody tr")).anySatisfy(row -> assertThat(row)
                .startsWith(STEERING, "Steuerungsgruppe", "").contains("überfällig (fällig seit 01.05.2021)", "keine"));
        check("gremien");

        browser.followLink(STEERING);
        assertThat(browser.driver().getCurrentUrl()).endsWith(bodyPath);
        assertThat(heading()).isEqualTo(STEERING);
        assertThat(browser.textOf("stand-text")).contains("hat das Gremium noch nicht getagt",
                "Die nächste Sitzung war am 01.05.2021 fällig: Das Gremium ist überfällig.");
        assertThat(sectionText("regeln")).contains("Das Gremium tagt etwa 4-mal im Jahr.",
                "Einladung, Leitung und Protokoll liegen fest bei " + CITY + ".",
                "Beschlüsse fallen mit der einfachen Mehrheit der abgegebenen Stimmen",
                "Höchstens 10 Sitze werden durch Wahl vergeben.",
                "Die Mitglieder von „Netzwerkkonferenz“ wählen für ein Jahr; eine Wiederwahl ist möglich.",
                "AG Überleitung");
        assertThat(browser.cells("section[aria-labelledby=mitglieder] tbody tr")).contains(
                List.of("Thomas Richter", CITY, "Delegiert", "benannt", "01.02.2021", "auf Weiteres"));
        assertThat(browser.textOf("vorschlag")).contains("Es wird die 1. Sitzung des Gremiums.",
                "koop schlägt nach der Regel des Gremiums " + CITY + " vor (feste Zuständigkeit).");
        assertThat(new Select(browser.driver().findElement(By.id("form"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("Präsenzsitzung", "Videokonferenz");
        check("gremium");

        // a day that does not exist
        browser.typeInto("datum", "31.06.2026");
        browser.typeInto("beginn", "14:30");
        browser.typeInto("ort", "Neues Rathaus, Raum 259");
        browser.press("Sitzung planen");
        assertThat(browser.driver().getTitle()).startsWith("Fehler: " + STEERING);
        assertThat(browser.textOf("datum-fehler"))
                .isEqualTo("Tag: Bitte geben Sie ein Datum wie 31.12.2026 ein (Tag, Monat, Jahr).");
        assertThat(browser.driver().findElement(By.cssSelector(".kern-alert--danger a[href='#datum']")).getText())
                .isEqualTo("Tag: Bitte geben Sie ein Datum wie 31.12.2026 ein (Tag, Monat, Jahr).");
        assertThat(browser.driver().findElement(By.id("datum")).getAttribute("aria-describedby"))
                .isEqualTo("datum-hinweis datum-fehler");
        assertThat(browser.valueOf("datum")).isEqualTo("31.06.2026");
        assertThat(browser.valueOf("beginn")).isEqualTo("14:30");
        assertThat(browser.valueOf("ort")).isEqualTo("Neues Rathaus, Raum 259");
        assertThat(meetingsOfSteeringGroup()).isEmpty();
        check("gremium-fehler-tag");

        // with the keyboard alone: the day, an end before the start, the other format, Enter sends
        browser.tabTo("datum");
        replaceFocused("01.07.2026");
        browser.tabTo("ende");
        replaceFocused("13:00");
        browser.tabTo("form");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        browser.tabTo("ort");
        browser.enter();
        assertThat(browser.textOf("ende-fehler")).isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(browser.valueOf("datum")).isEqualTo("01.07.2026");
        assertThat(browser.valueOf("ende")).isEqualTo("13:00");
        assertThat(new Select(browser.driver().findElement(By.id("form"))).getFirstSelectedOption().getText())
                .isEqualTo("Videokonferenz");
        assertThat(browser.driver().findElements(By.id("datum-fehler"))).isEmpty();
        assertThat(meetingsOfSteeringGroup()).isEmpty();
        check("gremium-fehler-ende");

        browser.tabTo("ende");
        replaceFocused("16:00");
        browser.enter();
        Map<String, Object> planned = meetingsOfSteeringGroup().getFirst();
        String meetingPath = "/netzwerke/" + leipzigId + "/sitzungen/" + planned.get("id");
        assertThat(browser.driver().getCurrentUrl()).endsWith(meetingPath);
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die 1. Sitzung ist geplant: Mittwoch, 01.07.2026, "
                + "14:30 bis 16:00 Uhr. Es lädt ein: " + CITY + ".");
        assertThat(planned).containsEntry("startsAt", "2026-07-01T14:30:00+02:00")
                .containsEntry("endsAt", "2026-07-01T16:00:00+02:00").containsEntry("format", "VIRTUAL")
                .containsEntry("place", "Neues Rathaus, Raum 259").containsEntry("state", "PLANNED")
                .containsEntry("convener", Map.of("partnerId", cityId, "reason", "feste Zuständigkeit"));
        assertThat(heading()).isEqualTo("1. Sitzung – " + STEERING);
        assertThat(browser.textOf("eckdaten")).contains("Mittwoch, 01.07.2026", "14:30 bis 16:00 Uhr", "Videokonferenz",
                "Neues Rathaus, Raum 259", CITY + " (feste Zuständigkeit)");
        assertThat(browser.textOf("stand")).isEqualTo("Geplant");
        assertThat(browser.driver().findElements(By.linkText("Sitzung durchführen und protokollieren"))).isEmpty();
        check("sitzung-geplant");

        browser.typeInto("vorgeschlagenVon", "Jana Vogel");
        browser.press("Punkt vorschlagen");
        assertThat(browser.textOf("titel-fehler")).isEqualTo("Bitte geben Sie das Thema des Tagesordnungspunkts an.");
        assertThat(browser.valueOf("vorgeschlagenVon")).isEqualTo("Jana Vogel");
        assertThat(agenda()).isEmpty();
        check("sitzung-fehler-punkt");

        browser.typeInto("titel", "Fachtag Demenz 2027");
        browser.press("Punkt vorschlagen");
        assertThat(browser.textOf("bestaetigung")).isEqualTo("TOP 1 „Fachtag Demenz 2027“ ist vorgeschlagen. Nehmen "
                + "Sie ihn in die Tagesordnung auf oder vertagen Sie ihn.");
        assertThat(agendaRows()).containsExactly(List.of("1", "Fachtag Demenz 2027", "Jana Vogel", "Vorgeschlagen"));
        assertThat(agenda()).singleElement().satisfies(item -> assertThat(item).containsEntry("status", "PROPOSED"));
        check("sitzung-vorgeschlagen");

        browser.press("Aufnehmen");
        assertThat(browser.textOf("bestaetigung"))
                .isEqualTo("TOP 1 „Fachtag Demenz 2027“ ist in die Tagesordnung aufgenommen.");
        assertThat(agendaRows()).containsExactly(List.of("1", "Fachtag Demenz 2027", "Jana Vogel", "Aufgenommen"));
        assertThat(agenda().getFirst()).containsEntry("status", "ACCEPTED");
        check("sitzung-aufgenommen");

        browser.typeInto("titel", "Neue AG Wohnen");
        browser.typeInto("vorgeschlagenVon", "Sabine Krüger");
        browser.press("Punkt vorschlagen");
        browser.press("Vertagen");
        assertThat(browser.textOf("bestaetigung")).isEqualTo("TOP 2 „Neue AG Wohnen“ ist vertagt. koop schlägt ihn "
                + "für die nächste Sitzung des Gremiums wieder vor.");
        assertThat(agendaRows()).containsExactly(List.of("1", "Fachtag Demenz 2027", "Jana Vogel", "Aufgenommen"),
                List.of("2", "Neue AG Wohnen", "Sabine Krüger", "Vertagt auf die nächste Sitzung"));
        assertThat(agenda()).extracting(item -> item.get("status")).containsExactly("ACCEPTED", "DEFERRED");
        check("sitzung-vertagt");

        browser.press("Einladung versenden");
        Map<String, Object> invited = meetingsOfSteeringGroup().getFirst();
        assertThat(invited).containsEntry("state", "INVITED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> invitees = (List<Map<String, Object>>) invited.get("invitees");
        assertThat(invitees).isNotEmpty();
        assertThat(browser.textOf("bestaetigung")).startsWith("Die Einladung zur 1. Sitzung ist verschickt: koop hat "
                + "sie für " + invitees.size() + " Eingeladene (").contains("Thomas Richter").endsWith(") in den "
                + "Postausgang gestellt und sendet sie mit der Tagesordnung und einem Kalendereintrag an die "
                + "E-Mail-Adressen ihrer Partner.");
        assertThat(browser.textOf("stand")).isEqualTo("Eingeladen");
        assertThat(browser.textOf("eingeladene")).contains("Thomas Richter (" + CITY + ")");
        assertThat(browser.driver().findElement(By.linkText("Sitzung durchführen und protokollieren"))
                .getAttribute("href")).endsWith(meetingPath + "/protokoll");
        assertThat(admin.get("/api/v1/outbox?size=100").items()).filteredOn(m -> "MEETING_INVITATION".equals(m.get("kind")))
                .isNotEmpty();
        check("sitzung-eingeladen");

        browser.follow(browser.driver().findElement(By.cssSelector("nav.koop-network-nav")).findElement(By.linkText("Sitzungen")));
        assertThat(visibleCells("section[aria-labelledby=anstehend] tbody tr")).containsExactly(
                List.of("01.07.2026", "14:30 bis 16:00 Uhr", STEERING, "1. Sitzung", "Neues Rathaus, Raum 259", "Eingeladen"),
                List.of("10.09.2026", "10:00 Uhr", EMPTY_GROUP, "1. Sitzung", "", "Geplant"));
        assertThat(sectionText("vergangen")).contains("In den letzten zwölf Monaten fand keine Sitzung statt.");
        check("sitzungen");
    }

    @Test
    void anInvitationTheRulesRefuseIsNamedAndChangesNothing() {
        browser.open("/netzwerke/" + leipzigId + "/sitzungen/" + emptyGroupMeetingId);
        assertThat(browser.textOf("eckdaten")).contains("Die Geschäftsordnung legt nicht fest, wer einlädt.");
        check("sitzung-ohne-mitglieder");

        browser.press("Einladung versenden");
        assertThat(browser.driver().getTitle()).startsWith("Fehler: 1. Sitzung – " + EMPTY_GROUP);
        assertThat(browser.driver().findElement(By.id("fehler")).getText())
                .contains("Das Gremium hat am Sitzungstag keine Mitglieder.");
        assertThat(browser.textOf("stand")).isEqualTo("Geplant");
        assertThat(admin.get("/api/v1/networks/" + leipzigId + "/meetings/" + emptyGroupMeetingId).string("state"))
                .isEqualTo("PLANNED");
        check("sitzung-einladung-abgelehnt");
    }

    @Test
    void anotherNetworksBodyIsNotFound() {
        browser.open("/netzwerke/" + leipzigId + "/gremien/" + foreignBodyId);
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
        check("gremium-fremd");
        browser.open("/netzwerke/" + foreignId + "/gremien/" + foreignBodyId);
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
        assertThat(browser.driver().getPageSource()).doesNotContain(FOREIGN).doesNotContain("AG Fremd");
        check("gremium-fremdes-netzwerk");
        browser.open("/netzwerke/" + foreignId + "/sitzungen");
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
        check("sitzungen-fremd");
    }

    /** Selects what the focused field holds and types over it, with the keyboard. */
    private static void replaceFocused(String text) {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
    }

    private static List<Map<String, Object>> meetingsOfSteeringGroup() {
        return admin.get("/api/v1/networks/" + leipzigId + "/meetings").jsonList().stream()
                .filter(m -> steeringId.equals(m.get("bodyId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> agenda() {
        return (List<Map<String, Object>>) meetingsOfSteeringGroup().getFirst().get("agenda");
    }

    /** The cells' texts as seen: without what only screen readers read (a line of its own after the link's text). */
    private static List<List<String>> visibleCells(String rows) {
        return browser.cells(rows).stream().map(row -> row.stream().map(cell -> cell.split("\n")[0]).toList()).toList();
    }

    /** Number, topic, proposer and standing of each agenda item as the page shows them. */
    private static List<List<String>> agendaRows() {
        return browser.cells("#tagesordnungspunkte tbody tr").stream().map(row -> row.subList(0, 4)).toList();
    }

    private static WebElement section(String heading) {
        return browser.driver().findElement(By.cssSelector("section[aria-labelledby=" + heading + "]"));
    }

    private static String sectionText(String heading) {
        return section(heading).getText();
    }

    private static String heading() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private static void check(String name) {
        browser.check(name);
    }
}
