package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 13 over HTTP: an agreement's duties and the deadlines they yield. */
abstract class ObligationApiScenarios extends KoopScenarios {

    private String base;
    private String district;
    private String lwl;
    private String agreement;

    @BeforeEach
    void anAgreementBetweenTwoParties() {
        base = "/api/v1/networks/" + api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Kooperation Eingliederungshilfe", "KEH", false)).string("id");
        district = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Kreis Steinfurt",
                "CITY_ADMINISTRATION", "sozialplanung@kreis.example")).string("id");
        lwl = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Landschaftsverband",
                "COST_BEARER", "regionalplanung@lwl.example")).string("id");
        agreement = api.post(base + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "Kooperationsvereinbarung", "parties": ["%s", "%s"],
                 "term": {"type": "UNLIMITED"}, "termination": {"type": "EXCLUDED"}, "concludedOn": "2024-03-15"}"""
                .formatted(lwl, district)).string("id");
    }

    private Api.Response dataDelivery() {
        return api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "Datenlieferung nach § 4", "responsiblePartnerId": "%s",
                 "recipientPartnerId": "%s", "startsOn": "2024-03-15", "reminderDaysBefore": 14,
                 "rule": {"type": "FOR_REFERENCE_DATE", "referenceDay": "12-31", "dueDay": "04-30", "yearsAfter": 1}}"""
                .formatted(agreement, district, lwl));
    }

    @Test
    void dataForTheReferenceDate31December2026FallsDueOn30April2027() {
        Api.Response created = dataDelivery();

        Api.Response deadlines = api.get(base + "/deadlines?dueFrom=2027-01-01&dueBefore=2027-12-31");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).hasValue(base + "/obligations/" + created.string("id"));
        assertThat(deadlines.jsonList()).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("dueOn", "2027-04-30").containsEntry("referenceDate", "2026-12-31")
                .containsEntry("remindOn", "2027-04-16").containsEntry("responsiblePartnerId", district)
                .containsEntry("status", "OPEN"));
    }

    @Test
    void aMetDeadlineIsFulfilledAnUnmetPastOneOverdueAndTheFiltersSelect() {
        String obligation = dataDelivery().string("id");
        api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "Erfahrungsaustausch nach § 16", "responsiblePartnerId": "%s",
                 "startsOn": "2024-03-15", "rule": {"type": "ONCE_A_YEAR"}}""".formatted(agreement, lwl));

        Api.Response fulfilled = api.post(base + "/obligations/" + obligation + "/fulfilments",
                "{\"dueOn\": \"2025-04-30\", \"fulfilledOn\": \"2025-04-28\", \"note\": \"über das Austauschportal\"}");
        Api.Response wrongDay = api.post(base + "/obligations/" + obligation + "/fulfilments",
                "{\"dueOn\": \"2025-05-01\", \"fulfilledOn\": \"2025-04-28\"}");
        List<Map<String, Object>> all = api.get(base + "/deadlines?dueFrom=2025-01-01&dueBefore=2025-12-31").jsonList();
        List<Map<String, Object>> ofLwl = api.get(base + "/deadlines?dueFrom=2025-01-01&dueBefore=2025-12-31&party=" + lwl)
                .jsonList();
        List<Map<String, Object>> fulfilledOnly = api.get(
                base + "/deadlines?dueFrom=2024-01-01&dueBefore=2026-12-31&status=FULFILLED").jsonList();

        assertThat(fulfilled.status()).as(fulfilled.toString()).isEqualTo(201);
        assertThat(wrongDay.problemFields()).containsExactly("dueOn");
        assertThat(all).extracting(d -> d.get("dueOn") + " " + d.get("status"))
                .containsExactly("2025-04-30 FULFILLED", "2025-12-31 OVERDUE");
        assertThat(ofLwl).hasSize(2);
        assertThat(fulfilledOnly).singleElement().satisfies(d -> assertThat(d.get("dueOn")).isEqualTo("2025-04-30"));
        String of2025 = base + "/deadlines?dueFrom=2025-01-01&dueBefore=2025-12-31";
        assertThat(api.get(of2025 + "&responsible=" + lwl).jsonList()).extracting(d -> d.get("title"))
                .containsExactly("Erfahrungsaustausch nach § 16");
        assertThat(api.get(of2025 + "&recipient=" + lwl).jsonList()).extracting(d -> d.get("title"))
                .containsExactly("Datenlieferung nach § 4");
        assertThat(api.get(of2025 + "&party=" + lwl + "&responsible=" + district).jsonList())
                .extracting(d -> d.get("title")).containsExactly("Datenlieferung nach § 4");
        assertThat(api.get(base + "/deadlines?dueFrom=2025-04-30&dueBefore=2025-04-30").jsonList())
                .as("both ends of the period are included").extracting(d -> d.get("dueOn")).containsExactly("2025-04-30");
        assertThat(api.get(of2025 + "&recipient=kein-partner").problemFields()).containsExactly("recipient");
    }

    @Test
    void badRulesAreRefusedNamingTheFieldAndNothingIsWritten() {
        Api.Response noDay = api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "X", "responsiblePartnerId": "%s", "startsOn": "2024-03-15",
                 "rule": {"type": "FOR_REFERENCE_DATE", "referenceDay": "12-31", "dueDay": "02-30"}}"""
                .formatted(agreement, district));
        Api.Response badMonthDay = api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "X", "responsiblePartnerId": "%s", "startsOn": "2024-03-15",
                 "rule": {"type": "MONTHLY", "dayOfMonth": 32}}""".formatted(agreement, district));
        Api.Response foreignAgreement = api.post(base + "/obligations", """
                {"agreementId": "6f1c2a56-0000-4000-8000-000000000000", "title": "X", "responsiblePartnerId": "%s",
                 "startsOn": "2024-03-15", "rule": {"type": "ONCE_A_YEAR"}}""".formatted(district));

        assertThat(noDay.problemFields()).containsExactly("rule.dueDay");
        assertThat(badMonthDay.problemFields()).containsExactly("rule.dayOfMonth");
        assertThat(foreignAgreement.status()).isEqualTo(404);
        assertThat(api.get(base + "/obligations").body()).isEqualTo("[]");
    }
}
