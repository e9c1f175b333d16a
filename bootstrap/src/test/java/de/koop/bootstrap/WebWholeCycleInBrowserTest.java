package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator of the Nordsachsen demo network does a whole cycle in Debian's headless Chromium, through the
 * pages alone, reaching each by the links and buttons of the dashboard and the network navigation: she registers
 * a partner (an e-mail address that is none first: named beside its field, nothing registered), records its
 * accession to a cooperation agreement, plans a meeting of the steering group, proposes and accepts an item,
 * sends the invitation, records the attendance and a decision whose outcome koop computes, approves the minutes,
 * closes the meeting, and records the new partner's termination, whose effective day koop shows before and after
 * recording it. Another network's dashboard does not exist for her. koop's clock stands on 15.06.2026; the API
 * confirms each step, and every page is checked with axe-core and kept as a screenshot.
 */
class WebWholeCycleInBrowserTest {

    private static final String NORDSACHSEN = "Integrierte Sozialplanung im Landkreis Nordsachsen";
    private static final String AGREEMENT = "Kooperationsvereinbarung Pflegeberatung";
    private static final String NEW_PARTNER = "Pflegestützpunkt Eilenburg";
    private static final String STEERING = "AG Integrierte Sozialplanung";
    private static final String ITEM = "Pflegeberatung im ländlichen Raum";
    private static final String MOTION = "Der Pflegestützpunkt Eilenburg berät ab Herbst auch in Torgau.";

    private static WebFixture web;
    private static InBrowser in;
    private static Api admin;
    private static String base;

    @BeforeAll
    static void start() {
        // the clock stands still on this day: the meeting planned for it can be held and recorded the same day
        web = WebFixture.start(Map.of("koop.test.today", "2026-06-15"));
        assertThat(web.ownName()).isEqualTo(NORDSACHSEN);
        admin = web.koop().api();
        base = "/api/v1/networks/" + web.ownId();
        String district = admin.get(base + "/partners?name=Landratsamt").items().getFirst().get("id").toString();
        // six months to the end of the calendar year: a termination received today ends with the year
        assertThat(admin.post(base + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "%s", "parties": ["%s"], "term": {"type": "UNLIMITED"},
                 "termination": {"type": "NOTICE", "notice": {"length": 6, "unit": "MONTHS",
                                 "periodEnd": "CALENDAR_YEAR"}, "writtenForm": true},
                 "concludedOn": "2025-01-15"}""".formatted(AGREEMENT, district)).status()).isEqualTo(201);
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
    void aCoordinatorDoesAWholeCycleThroughThePagesAlone() {
        in.signIn();
        in.check("zyklus-netzwerke");
        in.followLink(NORDSACHSEN);
        assertThat(heading()).contains(NORDSACHSEN);
        in.check("zyklus-uebersicht");

        String partnerId = registerPartner();
        recordAccession();
        String meetingId = planMeeting();
        holdMeeting(meetingId);
        terminate(partnerId);

        // another network's dashboard does not exist for her
        in.open("/netzwerke/" + web.otherId());
        assertThat(heading()).isEqualTo("Seite nicht gefunden");
        assertThat(in.driver().getPageSource()).doesNotContain(web.otherName());
        // the browser does not tell the status of the page it shows: ask again, with her session
        assertThat(in.driver().executeAsyncScript("fetch(arguments[0]).then(r => arguments[1](r.status));",
                "/netzwerke/" + web.otherId())).isEqualTo(404L);
        in.check("zyklus-fremdes-netzwerk");
    }

    private String registerPartner() {
        nav("Partner");
        in.followLink("Partner registrieren");
        assertThat(heading()).isEqualTo("Partner registrieren");
        in.check("zyklus-partner-registrieren");

        in.typeInto("name", NEW_PARTNER);
        choose("bereich", "Leistungserbringer nach SGB XI/XII");
        in.typeInto("strasse", "Torgauer Straße 12");
        in.typeInto("plz", "04838");
        in.typeInto("ort", "Eilenburg");
        in.typeInto("kontakt-0-name", "Maria Vogt");
        in.typeInto("kontakt-0-funktion", "Pflegeberaterin");
        in.typeInto("kontakt-0-email", "maria.vogt(at)pflege.example");
        in.press("Partner registrieren");
        String refused = "Die E-Mail-Adresse der 1. Ansprechperson ist keine gültige E-Mail-Adresse.";
        assertThat(in.driver().getTitle()).startsWith("Fehler: Partner registrieren");
        assertThat(in.textOf("kontakt-0-email-fehler")).isEqualTo(refused);
        assertThat(in.driver().findElement(By.cssSelector(".kern-alert--danger a[href='#kontakt-0-email']")).getText())
                .isEqualTo(refused);
        assertThat(in.valueOf("name")).isEqualTo(NEW_PARTNER);
        assertThat(in.valueOf("kontakt-0-email")).isEqualTo("maria.vogt(at)pflege.example");
        assertThat(admin.get(base + "/partners?name=Eilenburg").items())
                .noneSatisfy(p -> assertThat(p.get("name")).isEqualTo(NEW_PARTNER));
        in.check("zyklus-partner-fehler");

        in.typeInto("kontakt-0-email", "maria.vogt@pflege.example");
        in.press("Partner registrieren");
        assertThat(confirmation()).isEqualTo("Der Partner „" + NEW_PARTNER + "“ ist registriert.");
        assertThat(heading()).isEqualTo(NEW_PARTNER);
        Map<String, Object> registered = admin.get(base + "/partners?name=Pflegest").items().getFirst();
        assertThat(registered).containsEntry("name", NEW_PARTNER);
        in.check("zyklus-partner-registriert");
        return (String) registered.get("id");
    }

    private void recordAccession() {
        nav("Erklärungen");
        in.followLink("Beitritt erfassen");
        in.check("zyklus-beitritt");

        choose("partner", NEW_PARTNER);
        choose("vereinbarung", AGREEMENT + ", Fassung 1 (gilt ab 15.01.2025)");
        in.typeInto("einrichtung", NEW_PARTNER);
        in.typeInto("name", "Maria Vogt");
        in.typeInto("telefon", "03423 652-200");
        in.typeInto("email", "maria.vogt@pflege.example");
        tick("keinEigeninteresse");
        in.typeInto("unterzeichnetAm", "10.06.2026");
        in.typeInto("eingegangenAm", "12.06.2026");
        in.press("Beitritt erfassen");
        assertThat(confirmation()).isEqualTo("Der Beitritt von „" + NEW_PARTNER + "“ zur Vereinbarung „"
                + AGREEMENT + "“ (Fassung 1) ist erfasst, eingegangen am 12.06.2026.");
        assertThat(in.cells("#erklaerungsliste tbody tr")).contains(List.of("12.06.2026", "Beitritt", NEW_PARTNER,
                "Maria Vogt", AGREEMENT + ", Fassung 1", ""));
        assertThat(declarations("ACCESSION")).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("signedOn", "2026-06-10").containsEntry("receivedOn", "2026-06-12"));
        in.check("zyklus-beitritt-erfasst");
    }

    private String planMeeting() {
        nav("Gremien");
        in.check("zyklus-gremien");
        in.followLink(STEERING);
        assertThat(heading()).isEqualTo(STEERING);
        assertThat(in.cells("section[aria-labelledby=mitglieder] tbody tr")).isNotEmpty();
        in.check("zyklus-gremium");

        in.typeInto("datum", "15.06.2026");
        in.typeInto("beginn", "09:00");
        in.typeInto("ende", "11:00");
        in.typeInto("ort", "Landratsamt Eilenburg, Raum 2.14");
        choose("form", "Präsenzsitzung");
        in.press("Sitzung planen");
        Map<String, Object> planned = meetingOn("2026-06-15");
        assertThat(planned).containsEntry("state", "PLANNED").containsEntry("startsAt", "2026-06-15T09:00:00+02:00");
        assertThat(in.driver().getCurrentUrl()).endsWith("/netzwerke/" + web.ownId() + "/sitzungen/" + planned.get("id"));
        assertThat(confirmation()).startsWith("Die 2. Sitzung ist geplant: Montag, 15.06.2026, 09:00 bis 11:00 Uhr.");
        assertThat(in.textOf("stand")).isEqualTo("Geplant");
        in.check("zyklus-sitzung-geplant");

        in.typeInto("titel", ITEM);
        in.typeInto("vorgeschlagenVon", "Anja Meißner");
        in.press("Punkt vorschlagen");
        assertThat(confirmation()).startsWith("TOP 1 „" + ITEM + "“ ist vorgeschlagen.");
        in.check("zyklus-punkt-vorgeschlagen");
        in.press("Aufnehmen");
        assertThat(confirmation()).isEqualTo("TOP 1 „" + ITEM + "“ ist in die Tagesordnung aufgenommen.");
        assertThat(agenda(meetingOn("2026-06-15"))).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("title", ITEM).containsEntry("status", "ACCEPTED"));
        in.check("zyklus-punkt-aufgenommen");

        in.press("Einladung versenden");
        assertThat(confirmation()).startsWith("Die Einladung zur 2. Sitzung ist verschickt");
        assertThat(in.textOf("stand")).isEqualTo("Eingeladen");
        assertThat(meetingOn("2026-06-15")).containsEntry("state", "INVITED");
        assertThat(admin.get("/api/v1/outbox?size=100").items())
                .filteredOn(m -> "MEETING_INVITATION".equals(m.get("kind"))).isNotEmpty();
        in.check("zyklus-eingeladen");
        return (String) planned.get("id");
    }

    private void holdMeeting(String meetingId) {
        in.followLink("Sitzung durchführen und protokollieren");
        assertThat(in.driver().getCurrentUrl()).endsWith("/sitzungen/" + meetingId + "/protokoll");
        assertThat(in.textOf("sitzungsstand")).isEqualTo("eingeladen");
        in.check("zyklus-protokoll");

        List<WebElement> boxes = in.driver().findElements(By.cssSelector("#anwesenheit input[type=checkbox]"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(3);
        for (WebElement box : boxes.subList(0, 3)) {
            in.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
            box.click();
        }
        in.press("Anwesenheit erfassen");
        assertThat(confirmation()).startsWith("Die Anwesenheit ist erfasst: 3 von ");
        Map<String, Object> held = meetingOn("2026-06-15");
        assertThat(held).containsEntry("state", "HELD");
        assertThat(invitees(held)).filteredOn(i -> Boolean.TRUE.equals(i.get("present"))).hasSize(3);
        in.check("zyklus-anwesenheit");

        choose("top", "TOP 1: " + ITEM);
        in.typeInto("antrag", MOTION);
        in.typeInto("ja", "2");
        in.typeInto("nein", "0");
        in.typeInto("enthaltung", "1");
        in.press("Beschluss erfassen");
        assertThat(confirmation()).isEqualTo("Der Beschluss ist erfasst: „" + MOTION
                + "“ – Ergebnis: Angenommen (2 Ja, 0 Nein, 1 Enthaltung).");
        assertThat(in.cells("#beschlussliste tbody tr")).singleElement()
                .satisfies(row -> assertThat(row).containsExactly("1", "TOP 1", MOTION, "2", "0", "1",
                        "Angenommen\n(einfache Mehrheit der abgegebenen Stimmen)"));
        assertThat(decisions(meetingOn("2026-06-15"))).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("outcome", "ADOPTED").containsEntry("agendaItem", 1));
        in.check("zyklus-beschluss");

        in.typeInto("protokoll", "Ergebnisprotokoll\n\nTOP 1: " + MOTION + " Angenommen.");
        in.typeInto("genehmigtAm", "15.06.2026");
        in.press("Protokoll speichern");
        assertThat(confirmation()).startsWith("Das Protokoll ist genehmigt (am 15.06.2026).");
        assertThat(minutes(meetingOn("2026-06-15"))).containsEntry("approvedOn", "2026-06-15");
        in.check("zyklus-protokoll-genehmigt");

        in.follow(in.driver().findElement(By.partialLinkText("Sitzung abschließen")));
        assertThat(in.textOf("abschlussstand")).contains("Das Protokoll ist am 15.06.2026 genehmigt worden.");
        in.check("zyklus-abschluss-frage");
        in.press("Ja, Sitzung abschließen");
        assertThat(confirmation()).isEqualTo("Die Sitzung ist abgeschlossen.");
        assertThat(in.textOf("sitzungsstand")).isEqualTo("abgeschlossen");
        assertThat(meetingOn("2026-06-15")).containsEntry("state", "CLOSED");
        in.check("zyklus-abgeschlossen");
    }

    private void terminate(String partnerId) {
        nav("Erklärungen");
        in.followLink("Kündigung erfassen");
        in.check("zyklus-kuendigung");

        choose("vereinbarung", AGREEMENT);
        choose("partner", NEW_PARTNER);
        in.press("Prüfen");
        assertThat(heading()).isEqualTo("Kündigung prüfen");
        assertThat(in.textOf("wirksamkeit")).contains("Die Kündigung wird zum 31.12.2026 wirksam.",
                "Die Kündigungsfrist beträgt sechs Monate zum Ende des Kalenderjahres.",
                "Bis einschließlich 31.12.2026 bleibt „" + NEW_PARTNER + "“ an die Vereinbarung gebunden.");
        assertThat(declarations("TERMINATION")).isEmpty();
        in.check("zyklus-kuendigung-pruefen");

        in.follow(in.driver().findElement(By.id("erfassen")));
        assertThat(confirmation()).isEqualTo("Die Kündigung von „" + NEW_PARTNER + "“ zur Vereinbarung „"
                + AGREEMENT + "“ ist erfasst. Sie wird zum 31.12.2026 wirksam.");
        assertThat(in.cells("#erklaerungsliste tbody tr")).contains(
                List.of("15.06.2026", "Kündigung", NEW_PARTNER, "", AGREEMENT, "31.12.2026"));
        assertThat(declarations("TERMINATION")).singleElement().satisfies(t -> assertThat(t)
                .containsEntry("partnerId", partnerId).containsEntry("receivedOn", "2026-06-15")
                .containsEntry("effectiveOn", "2026-12-31"));
        in.check("zyklus-kuendigung-erfasst");
    }

    /** Follows a link of the network navigation. */
    private static void nav(String label) {
        in.follow(in.driver().findElement(By.cssSelector("nav.koop-network-nav")).findElement(By.linkText(label)));
    }

    /** The confirmation the page shows; if there is none, the failure names what the page shows instead. */
    private static String confirmation() {
        List<WebElement> shown = in.driver().findElements(By.id("bestaetigung"));
        assertThat(shown).as("no confirmation on a page showing: %s",
                in.driver().findElement(By.tagName("main")).getText()).isNotEmpty();
        return shown.getFirst().getText();
    }

    private static String heading() {
        return in.driver().findElement(By.tagName("h1")).getText();
    }

    private static void choose(String field, String label) {
        new Select(in.driver().findElement(By.id(field))).selectByVisibleText(label);
    }

    /** Ticks a checkbox (by id) by its label, as a user clicks it. */
    private static void tick(String field) {
        WebElement label = in.driver().findElement(By.cssSelector("label[for='" + field + "']"));
        in.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", label);
        label.click();
    }

    private static List<Map<String, Object>> declarations(String kind) {
        return admin.get(base + "/declarations?size=100").items().stream()
                .filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static Map<String, Object> meetingOn(String day) {
        return admin.get(base + "/meetings").jsonList().stream()
                .filter(m -> String.valueOf(m.get("startsAt")).startsWith(day)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> agenda(Map<String, Object> meeting) {
        return (List<Map<String, Object>>) meeting.get("agenda");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> invitees(Map<String, Object> meeting) {
        return (List<Map<String, Object>>) meeting.get("invitees");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> decisions(Map<String, Object> meeting) {
        return (List<Map<String, Object>>) meeting.get("decisions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> minutes(Map<String, Object> meeting) {
        return (Map<String, Object>) meeting.get("minutes");
    }
}
