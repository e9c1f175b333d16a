package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbox sending to a real SMTP server: what arrives, and that nothing is lost or sent
 * twice while the server is down. Each attempt that fails waits 1 s, then 2 s; the third parks it.
 */
abstract class MailDeliveryScenarios extends KoopScenarios {

    protected static final int MAX_ATTEMPTS = 3;

    protected final SmtpServer smtp = new SmtpServer();

    protected LeipzigFrameworkAgreement leipzig;

    @BeforeEach
    void aFrameworkAgreementAndARunningMailServer() {
        smtp.stop();
        smtp.start();
        leipzig = LeipzigFrameworkAgreement.setUp(api);
    }

    @AfterAll
    void stopTheMailServer() {
        smtp.close();
    }

    private Map<String, Object> onlyMessage() {
        List<Map<String, Object>> items = api.get("/api/v1/outbox").items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private String status() {
        return (String) onlyMessage().get("status");
    }

    @Test
    void anAccessionAndATerminationArriveAtTheMailServerInGerman() {
        assertThat(leipzig.accede(true).status()).isEqualTo(201);
        leipzig.terminate(leipzig.careService(), "2024-06-03");

        SmtpServer.await("two mails", Duration.ofSeconds(10), () -> smtp.received().size() >= 2);
        SmtpServer.await("both marked sent", Duration.ofSeconds(5),
                () -> api.get("/api/v1/outbox?status=SENT").number("totalItems") == 2);

        List<SmtpServer.Mail> mails = smtp.received();
        assertThat(mails).extracting(SmtpServer.Mail::subject).containsExactlyInAnyOrder(
                "Bestätigung Ihres Beitritts zum Netzwerk „Leipziger Kooperation Pflege“",
                "Bestätigung Ihrer Kündigung: „Rahmenvereinbarung LeiKoP“");
        SmtpServer.Mail accession = mails.stream().filter(m -> m.subject().contains("Beitritt")).findFirst().orElseThrow();
        assertThat(accession.to()).containsExactly("jana.vogel@sonnenschein.example");
        assertThat(accession.from()).contains("koordination@koop.localhost");
        // the outbox message's id, at the sender's domain as none is configured
        String accessionId = (String) api.get("/api/v1/outbox?status=SENT").items().stream()
                .filter(m -> m.get("kind").equals("ACCESSION_CONFIRMATION")).findFirst().orElseThrow().get("id");
        assertThat(accession.messageId()).isEqualTo("<" + accessionId + "@koop.localhost>");
        assertThat(accession.autoSubmitted()).as("written upon a coordinator's entry, not by the sweep").isNull();
        assertThat(accession.text()).contains("Guten Tag Jana Vogel,", "in der Fassung 1", "- Logo: ja");
        assertThat(accession.html()).contains("<strong>Pflegedienst Sonnenschein</strong>");
        SmtpServer.Mail termination = mails.stream().filter(m -> m.subject().contains("Kündigung")).findFirst()
                .orElseThrow();
        assertThat(termination.to()).containsExactly("info@sonnenschein.example");
        assertThat(termination.text()).contains("wirksam zum 03.06.2024");
        assertThat(api.get("/api/v1/outbox").items()).allSatisfy(m -> assertThat(m)
                .containsEntry("attempts", 1).containsEntry("nextAttemptAt", null).containsEntry("lastError", null)
                .doesNotContainEntry("sentAt", null));
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndOnceItIsBackEachMessageIsSentOnce() {
        smtp.stop();
        assertThat(leipzig.accede(true).status()).isEqualTo(201);
        SmtpServer.await("a failed attempt", Duration.ofSeconds(5),
                () -> ((Number) onlyMessage().get("attempts")).intValue() >= 1);
        Map<String, Object> waiting = onlyMessage();

        smtp.start();
        SmtpServer.await("the mail", Duration.ofSeconds(10), () -> !smtp.received().isEmpty());
        SmtpServer.await("marked sent", Duration.ofSeconds(5), () -> "SENT".equals(status()));
        RunningKoop.pause(Duration.ofMillis(500));

        assertThat(waiting).containsEntry("status", "PENDING");
        assertThat((String) waiting.get("lastError")).isNotBlank();
        assertThat(smtp.received()).singleElement()
                .satisfies(mail -> assertThat(mail.to()).containsExactly("jana.vogel@sonnenschein.example"));
        assertThat(onlyMessage()).containsEntry("attempts", 2).containsEntry("lastError", null);
    }

    @Test
    void afterTheLastAttemptAMessageIsParkedAsFailedUntilAnAdministratorRetriesIt() {
        smtp.stop();
        assertThat(leipzig.accede(true).status()).isEqualTo(201);
        SmtpServer.await("parked as failed", Duration.ofSeconds(10), () -> "FAILED".equals(status()));
        String id = (String) onlyMessage().get("id");
        smtp.start();
        RunningKoop.pause(Duration.ofMillis(500));
        List<SmtpServer.Mail> beforeRetry = smtp.received();

        Api.Response retried = api.post("/api/v1/outbox/" + id + "/retry", "");
        SmtpServer.await("the retried mail", Duration.ofSeconds(5), () -> !smtp.received().isEmpty());
        SmtpServer.await("marked sent", Duration.ofSeconds(5), () -> "SENT".equals(status()));
        Api.Response again = api.post("/api/v1/outbox/" + id + "/retry", "");

        assertThat(beforeRetry).isEmpty();
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json()).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(smtp.received()).hasSize(1);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.string("detail")).isEqualTo(
                "Nur fehlgeschlagene Benachrichtigungen können erneut gesendet werden; diese ist bereits gesendet.");
        assertThat(api.post("/api/v1/outbox/not-an-id/retry", "").status()).isEqualTo(404);
    }

    @Test
    void aMeetingInvitationCarriesTheAgendaAndACalendarEventAndTheMinutesFollow() throws Exception {
        String base = leipzig.base();
        Api.Response group = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Überleitung", "establishedOn": "2021-03-01",
                 "formats": ["IN_PERSON"]}""");
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        String body = group.string("id");
        for (String seat : List.of(
                "{\"holderName\": \"Jana Vogel\", \"partnerId\": \"%s\", \"from\": \"2025-01-01\"}"
                        .formatted(leipzig.careService()),
                "{\"holderName\": \"Katrin Böhme\", \"partnerId\": \"%s\", \"from\": \"2025-01-01\"}"
                        .formatted(leipzig.city()))) {
            assertThat(api.post(base + "/bodies/" + body + "/seats", seat).status()).isEqualTo(201);
        }
        String meeting = base + "/meetings/" + api.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2026-03-12T14:00", "endsAt": "2026-03-12T16:00", "format": "IN_PERSON",
                 "place": "Neues Rathaus, Raum 259"}""".formatted(body)).string("id");
        api.post(meeting + "/agenda", "{\"title\": \"Überleitungsbogen 2026\", \"proposedBy\": \"Jana Vogel\"}");
        api.post(meeting + "/agenda/1/accept", "");

        Api.Response invited = api.post(meeting + "/invitation", "");
        SmtpServer.await("the invitations", Duration.ofSeconds(10), () -> smtp.received().size() >= 2);
        api.post(meeting + "/attendance", "{\"present\": [\"Jana Vogel\", \"Katrin Böhme\"]}");
        Api.Response minutes = api.put(meeting + "/minutes",
                "{\"text\": \"TOP 1: Der Überleitungsbogen wird angenommen.\", \"approvedOn\": \"2026-03-26\"}");
        // one message to each invitee: two invitations, two minutes
        SmtpServer.await("the minutes", Duration.ofSeconds(10), () -> smtp.received().size() >= 4);

        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(minutes.status()).as(minutes.toString()).isEqualTo(200);
        List<SmtpServer.Mail> invitations = smtp.received().stream().filter(m -> m.subject().startsWith("Einladung"))
                .toList();
        assertThat(invitations).flatExtracting(SmtpServer.Mail::to)
                .containsExactlyInAnyOrder("info@sonnenschein.example", "pflegenetz@leipzig.example");
        for (SmtpServer.Mail invitation : invitations) {
            String recipient = invitation.to().getFirst();
            assertThat(invitation.to()).as("nobody sees the others' addresses").hasSize(1);
            assertThat(invitation.subject()).isEqualTo("Einladung: 1. Sitzung AG Überleitung am 12.03.2026");
            assertThat(invitation.text()).contains("Termin: Donnerstag, 12.03.2026, 14:00–16:00 Uhr",
                    "Ort: Neues Rathaus, Raum 259", "1. Überleitungsbogen 2026");
            String ics = invitation.attachments().get("text/calendar");
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                    .build(new java.io.StringReader(ics));
            assertThat(calendar.getComponents("VEVENT")).hasSize(1);
            assertThat(calendar.validate().getEntries()).as("a valid iTIP request").isEmpty();
            String unfolded = ics.replace("\r\n ", "");
            assertThat(unfolded).contains("UID:" + meeting.substring(meeting.lastIndexOf('/') + 1) + "@koop",
                    "DTSTART;TZID=Europe/Berlin:20260312T140000", "DTEND;TZID=Europe/Berlin:20260312T160000",
                    "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "METHOD:REQUEST", "LOCATION:Neues Rathaus\\, Raum 259",
                    "ORGANIZER;CN=Netzwerkkoordination:mailto:koordination@koop.localhost",
                    "mailto:" + recipient);
            List<net.fortuna.ical4j.model.Property> attendees = calendar.getComponent("VEVENT").orElseThrow()
                    .getProperties("ATTENDEE");
            assertThat(attendees).extracting(net.fortuna.ical4j.model.Property::getValue)
                    .containsExactly("mailto:" + recipient);
        }
        assertThat(smtp.received()).hasSize(4);
        SmtpServer.Mail protocol = smtp.received().stream().filter(m -> m.subject().startsWith("Protokoll"))
                .findFirst().orElseThrow();
        assertThat(protocol.subject()).isEqualTo("Protokoll: 1. Sitzung AG Überleitung vom 12.03.2026");
        assertThat(protocol.text()).contains("am 26.03.2026 genehmigt", "TOP 1: Der Überleitungsbogen wird angenommen.");
    }
}
