package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.adapter.web.WebPaths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator in Debian's headless Chromium holds a meeting and records it: the planning body (majority of
 * the members present, a quorum of half its members, minutes required) met on 10.06.2026 and was invited with
 * one accepted agenda item; koop's clock stands on 15.06.2026. She records the attendance (none ticked first:
 * refused beside the field), finds the meeting among those lacking minutes on the dashboard, records a decision
 * with more votes than members present (refused beside the counts, what she typed stays, nothing recorded),
 * then two decisions whose outcome koop computes under the body's rule, tries to close without minutes
 * (refused: rule 12), writes the minutes, approves them (a day in the future first), and closes the meeting.
 * The API confirms each step; another network's record page does not exist. Every page is checked with
 * axe-core and kept as a screenshot.
 */
class WebMeetingRecordInBrowserTest {

    private static final String BODY = "Planungsgremium Pflege";
    private static final String TITLE = BODY + ": 1. Sitzung am 10.06.2026";
    private static final String ITEM = "Fachtag Demenz 2027";
    private static final String MOTION = "Der Fachtag Demenz findet im Mai 2027 statt.";
    private static final String SECOND_MOTION = "Die AG Wohnen wird gegründet.";
    private static final String RULE = "Mehrheit der anwesenden Mitglieder, beschlussfähig ab 50 % der Mitglieder";

    private static WebFixture web;
    private static InBrowser in;
    private static Api admin;
    private static String meetingApi;
    private static String recordPage;
    private static String partnerName;
    private static String foreignMeeting;

    @BeforeAll
    static void start() {
        web = WebFixture.start(Map.of("koop.test.today", "2026-06-15"));
        admin = web.koop().api();
        String base = "/api/v1/networks/" + web.ownId();
        Map<String, Object> partner = admin.get(base + "/partners").items().getFirst();
        partnerName = (String) partner.get("name");
        String body = created(admin.post(base + "/bodies", """
                {"kind": "PLANNING_BODY", "name": "%s", "establishedOn": "2026-01-01", "formats": ["IN_PERSON"],
                 "minutesRequired": true, "decisionRule": {"kind": "MAJORITY_OF_MEMBERS_PRESENT", "quorumPercent": 50}}"""
                .formatted(BODY)));
        created(admin.post(base + "/bodies/" + body + "/seats", """
                {"holderName": "Anna Schmidt", "partnerId": "%s", "from": "2026-01-01"}""".formatted(partner.get("id"))));
        for (String member : List.of("Bernd Krüger", "Clara Weiß", "Dieter Lang")) {
            created(admin.post(base + "/bodies/" + body + "/seats",
                    "{\"holderName\": \"%s\", \"from\": \"2026-01-01\"}".formatted(member)));
        }
        created(admin.post(base + "/bodies/" + body + "/seats",
                "{\"holderName\": \"Gerd Gast\", \"role\": \"GUEST\", \"from\": \"2026-01-01\"}"));
        String meeting = created(admin.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2026-06-10T14:00", "endsAt": "2026-06-10T16:00", "format": "IN_PERSON",
                 "place": "Rathaus, Raum 101"}""".formatted(body)));
        meetingApi = base + "/meetings/" + meeting;
        created(admin.post(meetingApi + "/agenda", "{\"title\": \"%s\", \"proposedBy\": \"Anna Schmidt\"}".formatted(ITEM)));
        assertThat(admin.post(meetingApi + "/agenda/1/accept", "").status()).isEqualTo(200);
        assertThat(admin.post(meetingApi + "/invitation", "").status()).isEqualTo(200);
        recordPage = WebPaths.meetingRecord(web.ownId(), meeting);

        String other = "/api/v1/networks/" + web.otherId();
        String otherBody = created(admin.post(other + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Fremd", "establishedOn": "2026-01-01", "formats": ["VIRTUAL"]}"""));
        created(admin.post(other + "/bodies/" + otherBody + "/seats",
                "{\"holderName\": \"Fremde Person\", \"from\": \"2026-01-01\"}"));
        foreignMeeting = created(admin.post(other + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2026-06-09T10:00\", \"format\": \"VIRTUAL\"}".formatted(otherBody)));
        in = InBrowser.on(web);
    }

    @AfterAll
    static void stop() {
        if (in != null) {
            in.close();
        }
        web.close();
    }

    @Test
    void aCoordinatorRecordsAttendanceDecisionsAndMinutesAndClosesTheMeeting() {
        in.signIn();
        in.open(recordPage);
        assertThat(heading()).isEqualTo(TITLE);
        assertThat(in.textOf("sitzungsstand")).isEqualTo("eingeladen");
        assertThat(in.driver().findElement(By.linkText("Zur Sitzung: Planung, Tagesordnung und Einladung"))
                .getAttribute("href")).endsWith(WebPaths.meeting(web.ownId(), id(meetingApi)));
        assertThat(page()).contains("Regel für Beschlüsse: " + RULE + ".",
                "Beschlussfähig ist das Gremium, wenn mindestens 2 der 4 stimmberechtigten Mitglieder anwesend sind (50 %).",
                "Anna Schmidt (" + partnerName + ", stimmberechtigt)", "Gerd Gast (Gast, ohne Stimmrecht)");
        in.check("protokoll-eingeladen");

        // nobody ticked: the meeting needs someone present
        in.press("Anwesenheit erfassen");
        assertThat(in.textOf("anwesenheit-fehler")).isEqualTo("Bitte wählen Sie mindestens eine anwesende Person.");
        assertThat(in.driver().findElement(By.cssSelector(".kern-alert--danger a[href='#anwesenheit']")).getText())
                .isEqualTo("Bitte wählen Sie mindestens eine anwesende Person.");
        assertThat(in.driver().getTitle()).startsWith("Fehler: ");
        assertThat(meeting().get("state")).isEqualTo("INVITED");
        in.check("protokoll-anwesenheit-fehler");

        for (String present : List.of("Anna Schmidt", "Bernd Krüger", "Clara Weiß", "Gerd Gast")) {
            tick(present);
        }
        in.press("Anwesenheit erfassen");
        assertThat(in.textOf("bestaetigung")).isEqualTo("Die Anwesenheit ist erfasst: 3 von 4 stimmberechtigten "
                + "Mitgliedern waren anwesend. Die Sitzung ist beschlussfähig.");
        assertThat(in.textOf("beschlussfaehigkeit").replaceAll("\\s+", " "))
                .isEqualTo("Beschlussfähig 3 von 4 stimmberechtigten Mitgliedern waren anwesend.");
        assertThat(in.cells("#anwesenheitsliste tbody tr")).contains(
                List.of("Clara Weiß", "stimmberechtigt", "anwesend"),
                List.of("Dieter Lang", "stimmberechtigt", "nicht anwesend"),
                List.of("Gerd Gast", "Gast, ohne Stimmrecht", "anwesend"));
        assertThat(meeting().get("state")).isEqualTo("HELD");
        assertThat(invitees()).containsEntry("Anna Schmidt", true).containsEntry("Dieter Lang", false)
                .containsEntry("Gerd Gast", true);
        in.check("protokoll-anwesenheit");

        // held without minutes, the meeting is on the dashboard, which leads back here
        in.open(WebPaths.dashboard(web.ownId()));
        WebElement lacking = in.driver().findElement(By.cssSelector("section[aria-labelledby='protokolle-fehlen']"))
                .findElement(By.linkText("1. Sitzung vom 10.06.2026, 14:00 Uhr"));
        in.check("uebersicht-protokoll-fehlt");
        in.follow(lacking);
        assertThat(in.driver().getCurrentUrl()).endsWith(recordPage);
        assertThat(heading()).isEqualTo(TITLE);

        // four votes, three members present
        new Select(in.driver().findElement(By.id("top"))).selectByVisibleText("TOP 1: " + ITEM);
        in.typeInto("antrag", MOTION);
        in.typeInto("ja", "3");
        in.typeInto("nein", "1");
        in.typeInto("enthaltung", "0");
        in.press("Beschluss erfassen");
        String tooMany = "Die Stimmen: es wurden mehr Stimmen (4) gezählt als Mitglieder anwesend waren (3).";
        assertThat(in.textOf("stimmen-fehler")).isEqualTo(tooMany);
        assertThat(in.driver().findElement(By.cssSelector(".kern-alert--danger a[href='#stimmen']")).getText())
                .isEqualTo(tooMany);
        assertThat(in.valueOf("antrag")).isEqualTo(MOTION);
        assertThat(in.valueOf("ja")).isEqualTo("3");
        assertThat(in.valueOf("nein")).isEqualTo("1");
        assertThat(new Select(in.driver().findElement(By.id("top"))).getFirstSelectedOption().getText())
                .isEqualTo("TOP 1: " + ITEM);
        assertThat(decisions()).isEmpty();
        in.check("protokoll-beschluss-fehler");

        in.typeInto("ja", "2");
        in.press("Beschluss erfassen");
        assertThat(in.textOf("bestaetigung")).isEqualTo("Der Beschluss ist erfasst: „" + MOTION
                + "“ – Ergebnis: Angenommen (2 Ja, 1 Nein, 0 Enthaltungen).");
        assertThat(in.valueOf("antrag")).isEmpty();
        // one in favour, two abstaining: no majority of the three present, though no one was against
        in.typeInto("antrag", SECOND_MOTION);
        in.typeInto("ja", "1");
        in.typeInto("nein", "0");
        in.typeInto("enthaltung", "2");
        in.press("Beschluss erfassen");
        assertThat(in.cells("#beschlussliste tbody tr")).containsExactly(
                List.of("1", "TOP 1", MOTION, "2", "1", "0", "Angenommen\n(" + RULE + ")"),
                List.of("2", "–", SECOND_MOTION, "1", "0", "2", "Abgelehnt\n(" + RULE + ")"));
        assertThat(decisions()).extracting(d -> d.get("outcome"), d -> d.get("agendaItem"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ADOPTED", 1),
                        org.assertj.core.groups.Tuple.tuple("REJECTED", null));
        in.check("protokoll-beschluesse");

        // rule 12: this body requires minutes before the meeting can be closed
        in.follow(in.driver().findElement(By.partialLinkText("Sitzung abschließen")));
        assertThat(in.driver().getCurrentUrl()).endsWith(recordPage + "/abschluss");
        assertThat(in.textOf("abschlussstand")).contains("2 Beschlüsse sind erfasst.",
                "Es gibt noch kein Protokoll; für dieses Gremium ist zu jeder Sitzung eines vorgeschrieben.");
        in.check("abschluss-frage");
        in.press("Ja, Sitzung abschließen");
        assertThat(in.driver().findElement(By.cssSelector(".kern-alert--danger")).getText()).contains(
                "Für dieses Gremium ist zu jeder Sitzung ein Protokoll vorgeschrieben; die Sitzung bleibt offen.");
        assertThat(meeting().get("state")).isEqualTo("HELD");
        in.check("abschluss-fehler");
        in.followLink("Nein, zurück zur Sitzung");

        in.typeInto("protokoll", "Ergebnisprotokoll\n\nTOP 1: " + MOTION + " Angenommen.");
        in.press("Protokoll speichern");
        assertThat(in.textOf("bestaetigung")).isEqualTo("Das Protokoll ist gespeichert. Es ist noch nicht genehmigt.");
        assertThat(in.textOf("protokollstand")).isEqualTo("Das Protokoll ist geschrieben, aber noch nicht genehmigt.");
        assertThat(in.valueOf("protokoll")).startsWith("Ergebnisprotokoll\n\nTOP 1:");
        assertThat(minutes()).containsEntry("text", "Ergebnisprotokoll\n\nTOP 1: " + MOTION + " Angenommen.")
                .containsEntry("approvedOn", null);
        assertThat(meeting().get("state")).isEqualTo("MINUTED");
        in.check("protokoll-geschrieben");

        in.typeInto("genehmigtAm", "16.06.2026");
        in.press("Protokoll speichern");
        assertThat(in.textOf("genehmigtAm-fehler")).isEqualTo("Der Tag der Genehmigung liegt in der Zukunft.");
        assertThat(in.valueOf("genehmigtAm")).isEqualTo("16.06.2026");
        assertThat(minutes()).containsEntry("approvedOn", null);
        in.check("protokoll-genehmigung-fehler");

        in.typeInto("genehmigtAm", "15.06.2026");
        in.press("Protokoll speichern");
        assertThat(in.textOf("bestaetigung")).isEqualTo("Das Protokoll ist genehmigt (am 15.06.2026). "
                + "Beschlüsse und Protokoll können nun nicht mehr geändert werden.");
        assertThat(in.textOf("protokolltext")).startsWith("Ergebnisprotokoll");
        assertThat(in.driver().findElements(By.id("antrag"))).isEmpty();
        assertThat(in.driver().findElements(By.id("protokoll"))).isEmpty();
        assertThat(minutes()).containsEntry("approvedOn", "2026-06-15");
        in.check("protokoll-genehmigt");

        in.follow(in.driver().findElement(By.partialLinkText("Sitzung abschließen")));
        assertThat(in.textOf("abschlussstand")).contains("Das Protokoll ist am 15.06.2026 genehmigt worden.");
        in.press("Ja, Sitzung abschließen");
        assertThat(in.driver().getCurrentUrl()).endsWith(recordPage);
        assertThat(in.textOf("bestaetigung")).isEqualTo("Die Sitzung ist abgeschlossen.");
        assertThat(in.textOf("sitzungsstand")).isEqualTo("abgeschlossen");
        assertThat(in.textOf("abgeschlossen")).startsWith("Diese Sitzung ist abgeschlossen.");
        assertThat(in.driver().findElements(By.cssSelector("main form"))).isEmpty();
        assertThat(in.cells("#beschlussliste tbody tr")).hasSize(2);
        assertThat(meeting().get("state")).isEqualTo("CLOSED");
        in.check("protokoll-abgeschlossen");

        in.driver().navigate().refresh();
        assertThat(in.driver().findElements(By.id("bestaetigung"))).isEmpty();

        // the body's next meeting, planned but not yet invited: nothing to record yet
        String next = created(admin.post("/api/v1/networks/" + web.ownId() + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2026-09-01T14:00\", \"format\": \"IN_PERSON\"}"
                        .formatted(meeting().get("bodyId"))));
        in.open(WebPaths.meetingRecord(web.ownId(), next));
        assertThat(heading()).isEqualTo(BODY + ": 2. Sitzung am 01.09.2026");
        assertThat(in.textOf("sitzungsstand")).isEqualTo("geplant");
        assertThat(page()).contains("Zu dieser Sitzung ist noch nicht eingeladen worden.")
                .doesNotContain("mindestens 0");
        assertThat(in.driver().findElements(By.cssSelector("main form"))).isEmpty();
        in.check("protokoll-geplant");

        // another network's meeting, through that network or through her own, does not exist for her
        in.open(WebPaths.meetingRecord(web.otherId(), foreignMeeting));
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
        in.check("protokoll-fremd");
        in.open(WebPaths.meetingRecord(web.ownId(), foreignMeeting));
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
        in.open(WebPaths.meetingRecord(web.otherId(), id(meetingApi)) + "/abschluss");
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
        in.open(WebPaths.meetingRecord(web.ownId(), "keine-sitzung"));
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
    }

    /** Ticks the checkbox of the invitee of that name. */
    private static void tick(String name) {
        WebElement label = in.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + name + " (')]"));
        WebElement box = in.driver().findElement(By.id(label.getAttribute("for")));
        in.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
        box.click();
        assertThat(box.isSelected()).isTrue();
    }

    private static String heading() {
        return in.driver().findElement(By.tagName("h1")).getText();
    }

    private static String page() {
        return in.driver().findElement(By.tagName("main")).getText();
    }

    private static Map<String, Object> meeting() {
        return admin.get(meetingApi).json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> invitees() {
        Map<String, Boolean> present = new java.util.HashMap<>();
        ((List<Map<String, Object>>) meeting().get("invitees"))
                .forEach(i -> present.put((String) i.get("name"), (Boolean) i.get("present")));
        return present;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> decisions() {
        return (List<Map<String, Object>>) meeting().get("decisions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> minutes() {
        return (Map<String, Object>) meeting().get("minutes");
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.string("id");
    }
}
