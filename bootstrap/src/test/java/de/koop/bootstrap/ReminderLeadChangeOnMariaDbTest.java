package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.SendRemindersUseCase;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sweep remembers when to look at each subject again; when koop restarts with a longer lead,
 * what the longer lead brings into view is reminded of at once, not on the day the shorter lead named.
 */
class ReminderLeadChangeOnMariaDbTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aLongerLeadAfterARestartRemindsOfASeatEndingWithinItAtTheNextSweep() {
        RunningKoop.emptyMariaDb();
        String base;
        try (RunningKoop thirtyDays = RunningKoop.onMariaDb(Map.of("koop.reminders.lead-days", 30))) {
            Api api = thirtyDays.api();
            base = "/api/v1/networks/" + api.post("/api/v1/networks",
                    CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
            String partner = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("AOK PLUS",
                    "COST_BEARER", "kontakt@aok.example")).string("id");
            String body = StampedAnswerScenarios.bodyOf(api, base);
            Api.Response seat = api.post(base + "/bodies/" + body + "/seats", """
                    {"holderName": "Katrin Böhme", "partnerId": "%s", "from": "2026-01-01", "until": "2027-01-07"}"""
                    .formatted(partner));
            assertThat(seat.status()).as(seat.toString()).isEqualTo(201);

            assertThat(thirtyDays.context().getBean(SendRemindersUseCase.class).sweep(TODAY))
                    .as("45 days ahead, beyond a lead of 30").isZero();
        }
        try (RunningKoop sixtyDays = RunningKoop.onMariaDb(Map.of("koop.reminders.lead-days", 60))) {
            int written = sixtyDays.context().getBean(SendRemindersUseCase.class).sweep(TODAY);

            assertThat(written).isEqualTo(1);
            assertThat(sixtyDays.api().get("/api/v1/outbox").items()).singleElement()
                    .satisfies(m -> assertThat(m).containsEntry("kind", "SEAT_TERM_ENDING"));
        }
    }
}
