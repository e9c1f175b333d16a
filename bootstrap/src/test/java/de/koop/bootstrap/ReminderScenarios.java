package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.SendRemindersUseCase;
import de.koop.domain.notification.MessageKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders over HTTP, on 16 April 2027: the reminder day of the data for 31 December 2026,
 * due on 30 April 2027 with 14 days' notice. Each reminder reaches the mail server once however often
 * the sweep runs.
 */
abstract class ReminderScenarios extends KoopScenarios {

    static final String TODAY = "2027-04-16";

    protected final SmtpServer smtp = new SmtpServer();

    protected String base;
    protected String district;
    protected String lwl;
    protected String agreement;
    private Parties parties;

    /** Settings that stand koop on {@link #TODAY} and send to the test's mail server. */
    protected Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>(RunningKoop.sendingTo(smtp.port(), 3));
        settings.put("koop.test.today", TODAY);
        return settings;
    }

    @BeforeEach
    void twoPartiesWithADataDeliveryAndACoordination() {
        smtp.stop();
        smtp.start();
        parties = Parties.register(api);
        base = parties.base();
        district = parties.district();
        lwl = parties.lwl();
        agreement = parties.agreement();
    }

    /**
     * A network whose coordination lies with the cost bearer (Landschaftsverband), and an agreement between
     * it and the district (Kreis Steinfurt).
     *
     * @param base the network's path
     */
    record Parties(String base, String district, String lwl, String agreement) {

        static Parties register(Api api) {
            String base = "/api/v1/networks/" + api.post("/api/v1/networks",
                    CoordinatorApiScenarios.networkJson("Kooperation Eingliederungshilfe", "KEH", false)).string("id");
            String district = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Kreis Steinfurt",
                    "CITY_ADMINISTRATION", "sozialplanung@kreis.example")).string("id");
            Api.Response lwlCreated = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson(
                    "Landschaftsverband", "COST_BEARER", "regionalplanung@lwl.example"));
            String lwl = lwlCreated.string("id");
            @SuppressWarnings("unchecked")
            String lwlContact = (String) ((List<Map<String, Object>>) lwlCreated.json().get("contacts")).getFirst()
                    .get("id");
            assertThat(api.put(base + "/coordination", "{\"partnerId\": \"%s\", \"contactPersonId\": \"%s\"}"
                    .formatted(lwl, lwlContact)).status()).isEqualTo(200);
            String agreement = api.post(base + "/agreements", """
                    {"kind": "COOPERATION_AGREEMENT", "title": "Kooperationsvereinbarung", "parties": ["%s", "%s"],
                     "term": {"type": "UNLIMITED"}, "termination": {"type": "EXCLUDED"}, "concludedOn": "2024-03-15"}"""
                    .formatted(lwl, district)).string("id");
            return new Parties(base, district, lwl, agreement);
        }

        /**
         * The district's data for 31 December, delivered to the cost bearer by 30 April of the next year and
         * reminded of 14 days before: on {@link #TODAY} for the data of 2026. @return the obligation's id
         */
        String dataDelivery(Api api) {
            Api.Response created = api.post(base + "/obligations", """
                    {"agreementId": "%s", "title": "Datenlieferung nach § 4", "responsiblePartnerId": "%s",
                     "recipientPartnerId": "%s", "startsOn": "2024-03-15", "reminderDaysBefore": 14,
                     "rule": {"type": "FOR_REFERENCE_DATE", "referenceDay": "12-31", "dueDay": "04-30", "yearsAfter": 1}}"""
                    .formatted(agreement, district, lwl));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.string("id");
        }
    }

    /** Mails still going out would otherwise reach the next scenario's server. */
    @AfterEach
    void letTheOutboxDrain() {
        SmtpServer.await("the outbox drained", Duration.ofSeconds(10),
                () -> api.get("/api/v1/outbox?status=PENDING").number("totalItems") == 0);
    }

    @AfterAll
    void stopTheMailServer() {
        smtp.close();
    }

    protected String dataDelivery() {
        return parties.dataDelivery(api);
    }

    private Api.Response sweep() {
        Api.Response swept = api.post("/api/v1/reminders/sweep", "");
        assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
        return swept;
    }

    private List<Map<String, Object>> outbox() {
        return api.get("/api/v1/outbox?size=100").items();
    }

    @Test
    void theDataFor31December2026IsRemindedOfOnceOn16April2027ToTheResponsiblePartyAndTheCoordination() {
        String obligation = dataDelivery();

        Api.Response first = sweep();
        Api.Response second = sweep();
        // one message to each recipient
        SmtpServer.await("the reminder", Duration.ofSeconds(10), () -> smtp.received().size() >= 2);
        SmtpServer.await("marked sent", Duration.ofSeconds(5),
                () -> api.get("/api/v1/outbox?status=SENT").number("totalItems") == 2);
        Api.Response third = sweep();

        assertThat(first.json()).containsEntry("date", TODAY).containsEntry("written", 1);
        assertThat(second.json()).containsEntry("written", 0);
        assertThat(third.json()).containsEntry("written", 0);
        assertThat(outbox()).hasSize(2).allSatisfy(m -> assertThat(m)
                .containsEntry("kind", "DEADLINE_REMINDER")
                .containsEntry("occasion", "DEADLINE_REMINDER/" + obligation + "/2027-04-30"))
                .extracting(m -> m.get("recipient"))
                .containsExactlyInAnyOrder("regionalplanung@lwl.example", "sozialplanung@kreis.example");
        assertThat(smtp.received()).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Erinnerung: „Datenlieferung nach § 4“ fällig am 30.04.2027");
            assertThat(mail.to()).hasSize(1);
            assertThat(mail.text()).contains("ist in 14 Tagen, am 30.04.2027, fällig", "Verantwortlich: Kreis Steinfurt",
                    "Zu liefern an: Landschaftsverband", "Stichtag: 31.12.2026");
        }).flatExtracting(SmtpServer.Mail::to)
                .containsExactlyInAnyOrder("regionalplanung@lwl.example", "sozialplanung@kreis.example");
    }

    @Test
    void aDeadlineMetInAdvanceIsNotRemindedOfAndOneThatPassedUnmetIsOnce() {
        String obligation = dataDelivery();
        api.post(base + "/obligations/" + obligation + "/fulfilments",
                "{\"dueOn\": \"2027-04-30\", \"fulfilledOn\": \"2027-04-15\"}");
        String successor = api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "Nachfolgevereinbarung schließen", "responsiblePartnerId": "%s",
                 "startsOn": "2026-01-01", "rule": {"type": "ONCE", "dueOn": "2027-04-10"}}"""
                .formatted(agreement, lwl)).string("id");

        Api.Response first = sweep();
        Api.Response second = sweep();

        assertThat(first.json()).containsEntry("written", 1);
        assertThat(second.json()).containsEntry("written", 0);
        assertThat(outbox()).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("kind", "DEADLINE_OVERDUE")
                    .containsEntry("occasion", "DEADLINE_OVERDUE/" + successor + "/2027-04-10")
                    .containsEntry("subject", "Überfällig: „Nachfolgevereinbarung schließen“ war fällig am 10.04.2027")
                    .containsEntry("recipient", "regionalplanung@lwl.example");
        });
    }

    @Test
    void aSeatWhoseTermEndsAndABodyDueToMeetAreRemindedOfOnce() {
        Api.Response group = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "2026-04-20", "formats": ["IN_PERSON"],
                 "cadence": {"type": "EVERY_YEARS", "years": 1}}""");
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        Api.Response seat = api.post(base + "/bodies/" + group.string("id") + "/seats", """
                {"holderName": "Katrin Böhme", "partnerId": "%s", "from": "2026-04-20", "until": "2027-05-10"}"""
                .formatted(district));
        assertThat(seat.status()).as(seat.toString()).isEqualTo(201);

        Api.Response first = sweep();
        Api.Response second = sweep();

        assertThat(first.json()).containsEntry("written", 2);
        assertThat(second.json()).containsEntry("written", 0);
        // the seat's end to the coordination and the seat's partner, the meeting to the coordination
        assertThat(outbox()).extracting(m -> (String) m.get("kind"))
                .containsExactlyInAnyOrder("SEAT_TERM_ENDING", "SEAT_TERM_ENDING", "MEETING_DUE_REMINDER");
        List<Map<String, Object>> ending = outbox().stream().filter(m -> m.get("kind").equals("SEAT_TERM_ENDING"))
                .toList();
        assertThat(ending).extracting(m -> m.get("recipient"))
                .containsExactlyInAnyOrder("regionalplanung@lwl.example", "sozialplanung@kreis.example");
        assertThat(ending).allSatisfy(m -> {
            assertThat(m).containsEntry("subject", "Amtszeit endet am 10.05.2027: Katrin Böhme (AG Wohnen)");
            assertThat((String) m.get("text")).contains("endet in 24 Tagen, mit Ablauf des 10.05.2027");
        });
    }

    @Test
    void aReminderOfEveryKindSaysItWasSentAutomatically() {
        dataDelivery();
        api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "Nachfolgevereinbarung schließen", "responsiblePartnerId": "%s",
                 "startsOn": "2026-01-01", "rule": {"type": "ONCE", "dueOn": "2027-04-10"}}""".formatted(agreement, lwl));
        String group = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "2026-04-20", "formats": ["IN_PERSON"],
                 "cadence": {"type": "EVERY_YEARS", "years": 1}}""").string("id");
        api.post(base + "/bodies/" + group + "/seats", """
                {"holderName": "Katrin Böhme", "partnerId": "%s", "from": "2026-04-20", "until": "2027-05-10"}"""
                .formatted(district));
        Api.Response reviewed = api.post(base + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "Vereinbarung Wohnen", "parties": ["%s"],
                 "term": {"type": "FIXED", "years": 5, "countedFrom": "EFFECTIVE_DATE", "reviewMonthsBefore": 1,
                          "renewal": "RENEW_UNLESS_CHANGE_NEEDED"},
                 "termination": {"type": "EXCLUDED"}, "concludedOn": "2022-05-01"}""".formatted(district));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);

        sweep();
        SmtpServer.await("every reminder sent", Duration.ofSeconds(10),
                () -> api.get("/api/v1/outbox?status=PENDING").number("totalItems") == 0);

        assertThat(outbox()).extracting(m -> MessageKind.valueOf((String) m.get("kind"))).containsOnly(
                Arrays.stream(MessageKind.values()).filter(MessageKind::isReminder).toArray(MessageKind[]::new));
        assertThat(smtp.received()).hasSize(outbox().size())
                .allSatisfy(mail -> assertThat(mail.autoSubmitted()).isEqualTo("auto-generated"));
    }

    /**
     * A sweep looks only at what changed or reached the day its rules named. Sweeps on the days
     * between find nothing to write; the reminder comes on its day, and what changes after a sweep is looked
     * at by the next one.
     */
    @Test
    void sweepsOnTheDaysBetweenWriteNothingAndEachReminderComesOnItsDayOrAfterTheChange() {
        SendRemindersUseCase reminders = koop.context().getBean(SendRemindersUseCase.class);
        String obligation = dataDelivery();
        LocalDate reminderDay = LocalDate.of(2027, 4, 16);

        int before = 0;
        for (LocalDate day = reminderDay.minusDays(20); day.isBefore(reminderDay); day = day.plusDays(1)) {
            before += reminders.sweep(day);
        }
        int onTheDay = reminders.sweep(reminderDay);
        Api.Response group = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "2026-04-20", "formats": ["IN_PERSON"],
                 "cadence": {"type": "EVERY_YEARS", "years": 3}}""");
        api.post(base + "/bodies/" + group.string("id") + "/seats", """
                {"holderName": "Katrin Böhme", "partnerId": "%s", "from": "2026-04-20", "until": "2027-05-10"}"""
                .formatted(district));
        int afterTheSeat = reminders.sweep(reminderDay.plusDays(1));
        int theDayAfterItFellDue = reminders.sweep(LocalDate.of(2027, 5, 1));

        assertThat(before).isZero();
        assertThat(onTheDay).isEqualTo(1);
        assertThat(afterTheSeat).as("the seat ending on 10.05.2027, added after the sweep").isEqualTo(1);
        assertThat(theDayAfterItFellDue).as("the delivery due on 30.04.2027, not met").isEqualTo(1);
        // each to the coordination and the responsible partner
        assertThat(outbox()).extracting(m -> (String) m.get("occasion")).containsExactlyInAnyOrder(
                "DEADLINE_REMINDER/" + obligation + "/2027-04-30", "DEADLINE_OVERDUE/" + obligation + "/2027-04-30",
                "SEAT_TERM_ENDING/" + seatOf(group.string("id")) + "/2027-05-10",
                "DEADLINE_REMINDER/" + obligation + "/2027-04-30", "DEADLINE_OVERDUE/" + obligation + "/2027-04-30",
                "SEAT_TERM_ENDING/" + seatOf(group.string("id")) + "/2027-05-10");
    }

    private String seatOf(String bodyId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seats = (List<Map<String, Object>>) api.get(base + "/bodies/" + bodyId).json()
                .get("seats");
        return (String) seats.getFirst().get("id");
    }
}
