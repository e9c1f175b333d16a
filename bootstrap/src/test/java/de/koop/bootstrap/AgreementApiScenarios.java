package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A coordinator over HTTP alone: agreements with their rules as data, accessions,
 * withdrawals and terminations, amendments, reviews, and membership on any day.
 */
abstract class AgreementApiScenarios extends KoopScenarios {

    private String network;
    private String base;

    @BeforeEach
    void aNetworkWithoutAgreements() {
        Api.Response created = api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true));
        network = created.string("id");
        base = "/api/v1/networks/" + network;
    }

    private String partner(String name) {
        Api.Response created = api.post(base + "/partners",
                CoordinatorApiScenarios.partnerJson(name, "SERVICE_PROVIDER", "kontakt@" + Math.abs(name.hashCode()) + ".example"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("id");
    }

    private String agreement(String json) {
        Api.Response created = api.post(base + "/agreements", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("id");
    }

    private static String agreementJson(String kind, String title, List<String> parties, String term,
                                        String termination, String concludedOn, String effectiveOn) {
        return """
                {"kind": "%s", "title": "%s", "parties": [%s], "term": %s, "termination": %s,
                 "concludedOn": "%s", "effectiveOn": %s, "textReference": "vereinbarung.pdf",
                 "annexes": [{"title": "Anlage 1: Beitrittserklärung", "reference": "anlage-1.pdf"}]}"""
                .formatted(kind, title, String.join(", ", parties.stream().map(p -> "\"" + p + "\"").toList()), term,
                        termination, concludedOn, effectiveOn == null ? "null" : "\"" + effectiveOn + "\"");
    }

    private String accession(String agreement, String partner, String receivedOn) {
        return """
                {"agreementId": "%s", "partnerId": "%s", "acceptedVersion": 1,
                 "contact": {"organisation": "Pflegedienst", "name": "Jana Vogel", "phone": "0341 301-7788",
                             "email": "jana.vogel@sonnenschein.example"},
                 "publishLogo": true, "publishContacts": false, "noCommercialSelfInterest": true,
                 "signedOn": "%s", "receivedOn": "%s", "recordedBy": "Katrin Böhme"}"""
                .formatted(agreement, partner, receivedOn, receivedOn);
    }

    private Api.Response terminate(String agreement, String partner, String receivedOn, String requestedOn) {
        return api.post(base + "/declarations/terminations", """
                {"agreementId": "%s", "partnerId": "%s", "receivedOn": "%s", "requestedOn": %s,
                 "recordedBy": "Katrin Böhme"}""".formatted(agreement, partner, receivedOn,
                requestedOn == null ? "null" : "\"" + requestedOn + "\""));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> status(Map<String, Object> agreement) {
        return (Map<String, Object>) agreement.get("status");
    }

    @SuppressWarnings("unchecked")
    private List<String> boundOn(String agreement, String date) {
        Api.Response membership = api.get(base + "/agreements/" + agreement + "/membership?on=" + date);
        assertThat(membership.status()).as(membership.toString()).isEqualTo(200);
        return ((List<Map<String, Object>>) membership.json().get("parties")).stream()
                .map(p -> (String) p.get("partnerId")).toList();
    }

    @Test
    void leipzigFrameworkAgreementAcceptsAccessionsAndWithdrawalsAtAnyTime() {
        String city = partner("Stadt Leipzig");
        String careService = partner("Pflegedienst Sonnenschein");
        String agreement = agreement(agreementJson("FRAMEWORK_AGREEMENT", "Rahmenvereinbarung LeiKoP", List.of(city),
                "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}", "2019-11-20", "2020-01-01"));

        Api.Response accession = api.post(base + "/declarations/accessions", accession(agreement, careService, "2021-03-15"));
        Api.Response again = api.post(base + "/declarations/accessions", accession(agreement, careService, "2022-01-10"));
        Api.Response withdrawal = terminate(agreement, careService, "2024-06-03", null);

        assertThat(accession.status()).as(accession.toString()).isEqualTo(201);
        assertThat(accession.location()).hasValue(base + "/declarations/" + accession.string("id"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.string("detail")).contains("bereits");
        assertThat(again.string("code")).isEqualTo("partner-already-bound");
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(201);
        assertThat(withdrawal.string("effectiveOn")).isEqualTo("2024-06-03");
        assertThat(withdrawal.string("ruleApplied")).contains("jederzeit");
        assertThat(boundOn(agreement, "2021-03-14")).containsExactly(city);
        assertThat(boundOn(agreement, "2021-03-15")).containsExactly(city, careService);
        assertThat(boundOn(agreement, "2024-06-03")).containsExactly(city, careService);
        assertThat(boundOn(agreement, "2024-06-04")).containsExactly(city);
        assertThat(boundOn(agreement, "2019-12-31")).isEmpty();
    }

    @Test
    void ofTwoSimultaneousAccessionsOfOnePartnerOnlyOneIsRecorded() throws Exception {
        String city = partner("Stadt Leipzig");
        String careService = partner("Pflegedienst Sonnenschein");
        String agreement = agreement(agreementJson("FRAMEWORK_AGREEMENT", "Rahmenvereinbarung", List.of(city),
                "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}", "2019-11-20", null));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> posts = Stream.of("2021-03-15",
                "2021-03-16").map(day -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return api.post(base + "/declarations/accessions", accession(agreement, careService, day));
                })).toList();
        start.countDown();

        List<Integer> statuses = new ArrayList<>();
        for (var post : posts) {
            statuses.add(post.get().status());
        }

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409 || s == 422);
        assertThat(api.get(base + "/declarations").number("totalItems")).isEqualTo(1);
    }

    @Test
    void aFormerPartnerDisappearsFromThePublicDirectoryWhenItsWithdrawalTakesEffect() {
        String city = partner("Stadt Leipzig");
        String careService = partner("Pflegedienst Sonnenschein");
        String agreement = agreement(agreementJson("FRAMEWORK_AGREEMENT", "Rahmenvereinbarung", List.of(city),
                "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}", "2019-11-20", null));
        api.post(base + "/declarations/accessions", accession(agreement, careService, "2021-03-15"));
        api.put(base + "/partners/" + careService + "/consents/CONTACTS", "{\"on\": \"2021-03-15\"}");
        String directory = "/api/v1/public/networks/" + base.substring(base.lastIndexOf('/') + 1) + "/directory";
        assertThat(api.get(directory).body()).contains("Pflegedienst Sonnenschein");

        terminate(agreement, careService, "2024-06-03", null);

        assertThat(api.get(directory).body()).doesNotContain("Pflegedienst Sonnenschein");
        assertThat(api.get(directory).body()).doesNotContain("jana.vogel");
    }

    @Test
    void theAccessionFormsPublicationChoiceReachesThePartnerAndTheDirectory() {
        String city = partner("Stadt Leipzig");
        String careService = partner("Pflegedienst Sonnenschein");
        String agreement = agreement(agreementJson("FRAMEWORK_AGREEMENT", "Rahmenvereinbarung", List.of(city),
                "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}", "2019-11-20", null));

        api.post(base + "/declarations/accessions", accession(agreement, careService, "2021-03-15"));

        Api.Response partner = api.get(base + "/partners/" + careService);
        assertThat(partner.body()).contains("\"logo\":{\"state\":\"GIVEN\",\"since\":\"2021-03-15\"}",
                "\"contacts\":{\"state\":\"NOT_GIVEN\"", "\"noCommercialInterestDeclaredOn\":\"2024-01-15\"");
        String directory = api.get("/api/v1/public/networks/" + base.substring(base.lastIndexOf('/') + 1)
                + "/directory").body();
        assertThat(directory).contains("Pflegedienst Sonnenschein", "\"contacts\":[]");
    }

    @Test
    void aReviewDatedInTheFutureIsRefused() {
        String lwl = partner("Landschaftsverband");
        String agreement = agreement(agreementJson("COOPERATION_AGREEMENT", "Kooperationsvereinbarung", List.of(lwl), """
                        {"type": "FIXED", "years": 5, "countedFrom": "END_OF_EFFECTIVE_YEAR", "reviewMonthsBefore": 6,
                         "renewal": "RENEW_UNLESS_CHANGE_NEEDED"}""", "{\"type\": \"EXCLUDED\"}", "2024-03-15", null));

        Api.Response refused = api.post(base + "/agreements/" + agreement + "/reviews",
                "{\"heldOn\": \"2099-03-01\", \"changeNeeded\": false}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("heldOn");
    }

    @Test
    void numbersTooLargeForTheModelAreRefusedNotWrapped() {
        String a = partner("Partner A");

        Api.Response refused = api.post(base + "/agreements", agreementJson("COOPERATION_AGREEMENT", "Zu groß",
                List.of(a), "{\"type\": \"UNLIMITED\"}",
                "{\"type\": \"NOTICE\", \"notice\": {\"length\": 4294967302, \"unit\": \"MONTHS\"}}", "2024-01-01", null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("termination.notice.length");
    }

    @Test
    void nrwTemplateRunsFiveYearsFromTheEndOfItsFirstYearAndRenewsAfterAReviewWithoutChange() {
        String lwl = partner("Landschaftsverband Westfalen-Lippe");
        String district = partner("Kreis Steinfurt");
        String agreement = agreement(agreementJson("COOPERATION_AGREEMENT", "Kooperationsvereinbarung Eingliederungshilfe",
                List.of(lwl, district), """
                        {"type": "FIXED", "years": 5, "countedFrom": "END_OF_EFFECTIVE_YEAR", "reviewMonthsBefore": 6,
                         "renewal": "RENEW_UNLESS_CHANGE_NEEDED"}""",
                "{\"type\": \"EXCLUDED\"}", "2019-03-15", null));

        Api.Response termination = terminate(agreement, district, "2021-01-15", null);
        Map<String, Object> before = api.get(base + "/agreements/" + agreement + "?on=2024-08-01").json();
        Api.Response reviewed = api.post(base + "/agreements/" + agreement + "/reviews",
                "{\"heldOn\": \"2024-05-20\", \"changeNeeded\": false, \"note\": \"kein Änderungsbedarf\"}");
        Map<String, Object> after = api.get(base + "/agreements/" + agreement + "?on=2024-08-01").json();

        assertThat(termination.status()).isEqualTo(422);
        assertThat(termination.string("detail")).contains("keine ordentliche Kündigung");
        assertThat(termination.string("code")).isEqualTo("termination-excluded");
        assertThat(before.get("status")).isEqualTo(Map.of("date", "2024-08-01", "inForce", true, "versionInForce", 1,
                "termEnd", "2024-12-31", "reviewDue", "2024-06-30", "reviewOverdue", true,
                "continuesUntilSuccessor", false, "expired", false));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
        assertThat(status(after)).containsEntry("termEnd", "2029-12-31")
                .containsEntry("reviewDue", "2029-06-30").containsEntry("reviewOverdue", false);
    }

    @Test
    void aReviewThatFindsChangeNeededKeepsTheAgreementUntilASuccessorReplacesIt() {
        String lwl = partner("Landschaftsverband Rheinland");
        String agreement = agreement(agreementJson("COOPERATION_AGREEMENT", "Kooperationsvereinbarung", List.of(lwl), """
                        {"type": "FIXED", "years": 5, "countedFrom": "END_OF_EFFECTIVE_YEAR", "reviewMonthsBefore": 6,
                         "renewal": "RENEW_UNLESS_CHANGE_NEEDED"}""", "{\"type\": \"ANY_TIME\"}", "2019-03-15", null));

        api.post(base + "/agreements/" + agreement + "/reviews", "{\"heldOn\": \"2024-05-20\", \"changeNeeded\": true}");

        Map<String, Object> status = status(api.get(base + "/agreements/" + agreement + "?on=2026-01-01").json());
        assertThat(status).containsEntry("continuesUntilSuccessor", true).containsEntry("inForce", true)
                .containsEntry("termEnd", null);
    }

    /** Concluded on 10 January 2023 by both, terminable in writing with six months' notice to the end of a year. */
    private String sixMonthsToTheEndOfTheYear(String a, String b) {
        return agreement(agreementJson("COOPERATION_AGREEMENT", "Kooperation mit Kündigungsfrist",
                List.of(a, b), "{\"type\": \"UNLIMITED\"}", """
                        {"type": "NOTICE", "notice": {"length": 6, "unit": "MONTHS", "periodEnd": "CALENDAR_YEAR"},
                         "writtenForm": true}""", "2023-01-10", null));
    }

    @Test
    void sixMonthsNoticeToTheEndOfTheCalendarYear() {
        String a = partner("Partner A");
        String b = partner("Partner B");
        String agreement = sixMonthsToTheEndOfTheYear(a, b);

        Api.Response inTime = terminate(agreement, a, "2026-06-30", null);
        Api.Response oneDayLate = terminate(agreement, b, "2026-07-01", null);

        assertThat(inTime.status()).as(inTime.toString()).isEqualTo(201);
        assertThat(inTime.string("effectiveOn")).isEqualTo("2026-12-31");
        assertThat(inTime.string("ruleApplied")).isEqualTo("mit einer Frist von 6 Monaten zum Ende des Kalenderjahres, schriftlich");
        assertThat(oneDayLate.string("effectiveOn")).isEqualTo("2027-12-31");
        assertThat(api.get("/api/v1/outbox").items()).extracting(m -> (String) m.get("text")).anySatisfy(text ->
                assertThat(text).contains("Die Kündigung wird wirksam zum 31.12.2026.", "Die Kündigungsfrist beträgt "
                        + "sechs Monate zum Ende des Kalenderjahres. Vom Eingang Ihrer Kündigung am 30.06.2026 an "
                        + "gerechnet ist der 31.12.2026 der früheste Tag, zu dem sie wirken kann."));
        assertThat(boundOn(agreement, "2026-12-31")).containsExactly(a, b);
        assertThat(boundOn(agreement, "2027-01-01")).containsExactly(b);
    }

    @Test
    void theNoticeCalculatorAnswersForAnyDayAsARecordedTerminationWouldAndRecordsNothing() {
        String a = partner("Partner A");
        String b = partner("Partner B");
        String agreement = sixMonthsToTheEndOfTheYear(a, b);
        String calculator = base + "/agreements/" + agreement;

        Api.Response ifReceived = api.get(calculator + "/notice?partnerId=" + a + "&receivedOn=2029-03-15");
        Api.Response endOf2029 = api.get(calculator + "/notice-deadline?partnerId=" + a + "&year=2029");
        Api.Response leapDay = api.get(calculator + "/notice-deadline?partnerId=" + a + "&lastBoundDay=2028-12-31");
        Api.Response noPeriodEnd = api.get(calculator + "/notice-deadline?partnerId=" + a + "&lastBoundDay=2029-06-15");
        Api.Response badDate = api.get(calculator + "/notice?partnerId=" + a + "&receivedOn=2029-02-30");
        Api.Response missing = api.get(calculator + "/notice-deadline?year=zweitausend");

        assertThat(ifReceived.status()).as(ifReceived.toString()).isEqualTo(200);
        assertThat(ifReceived.json()).containsEntry("partnerId", a).containsEntry("receivedOn", "2029-03-15")
                .containsEntry("lastBoundDay", "2029-12-31").containsEntry("freeFrom", "2030-01-01")
                .containsEntry("rule", "mit einer Frist von 6 Monaten zum Ende des Kalenderjahres, schriftlich");
        assertThat(endOf2029.json()).containsEntry("receivedOn", "2029-06-30").containsEntry("lastBoundDay", "2029-12-31");
        assertThat(leapDay.json()).containsEntry("receivedOn", "2028-06-30");
        assertThat(noPeriodEnd.status()).isEqualTo(422);
        assertThat(noPeriodEnd.string("code")).isEqualTo("notice-end-unreachable");
        assertThat(noPeriodEnd.string("detail")).contains("2028-12-31", "2029-12-31");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.problemFields()).containsExactly("receivedOn");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problemFields()).containsExactlyInAnyOrder("partnerId", "year");
        assertThat(api.get(base + "/declarations").items()).as("a question records nothing").isEmpty();
        Api.Response foretold = api.get(calculator + "/notice?partnerId=" + b + "&receivedOn=2026-06-30");
        Api.Response recorded = terminate(agreement, b, "2026-06-30", null);
        Api.Response askedAgain = api.get(calculator + "/notice?partnerId=" + b + "&receivedOn=2026-06-30");
        assertThat(recorded.string("effectiveOn")).isEqualTo(foretold.string("lastBoundDay")).isEqualTo("2026-12-31");
        assertThat(askedAgain.status()).as("the partner has terminated already").isEqualTo(422);
        assertThat(askedAgain.string("code")).isEqualTo("partner-already-terminated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAgreementConcludedWithRetroactiveEffectKeepsTheAgreedDayAndSaysSo() {
        String a = partner("Landkreis");
        String b = partner("Landschaftsverband");
        Api.Response concluded = api.post(base + "/agreements", agreementJson("COOPERATION_AGREEMENT",
                "Kooperation rückwirkend", List.of(a, b), "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}",
                "2021-03-10", "2021-01-01"));
        String agreement = concluded.string("id");
        Api.Response retroactiveVersion = api.post(base + "/agreements/" + agreement + "/versions",
                "{\"concludedOn\": \"2022-06-01\", \"effectiveOn\": \"2022-01-01\", \"summary\": \"Neufassung\"}");

        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(201);
        Map<String, Object> first = ((List<Map<String, Object>>) api.get(base + "/agreements/" + agreement).json()
                .get("versions")).getFirst();
        assertThat(first).containsEntry("concludedOn", "2021-03-10").containsEntry("effectiveOn", "2021-01-01")
                .containsEntry("agreedEffectiveOn", "2021-01-01").containsEntry("retroactive", true);
        assertThat(boundOn(agreement, "2020-12-31")).isEmpty();
        assertThat(boundOn(agreement, "2021-01-01")).containsExactly(a, b);
        assertThat(retroactiveVersion.status()).as("a new version cannot silently start later than agreed")
                .isEqualTo(400);
        assertThat(retroactiveVersion.problemFields()).containsExactly("effectiveOn");
        assertThat((List<?>) api.get(base + "/agreements/" + agreement).json().get("versions")).hasSize(1);
    }

    @Test
    void theConfirmationSaysThatALaterDayAskedForDecidedAndWhyThePeriodEndFollows() {
        String a = partner("Partner A");
        String agreement = agreement(agreementJson("COOPERATION_AGREEMENT", "Kooperation zum Quartalsende",
                List.of(a, partner("Partner B")), "{\"type\": \"UNLIMITED\"}", """
                        {"type": "NOTICE", "notice": {"length": 1, "unit": "MONTHS", "periodEnd": "QUARTER"}}""",
                "2023-01-10", null));

        Api.Response later = terminate(agreement, a, "2025-01-10", "2025-07-01");

        assertThat(later.string("effectiveOn")).isEqualTo("2025-09-30");
        assertThat((String) api.get("/api/v1/outbox").items().getFirst().get("text")).contains(
                "Die Kündigung wird wirksam zum 30.09.2025.", "Die Kündigungsfrist beträgt einen Monat zum "
                        + "Quartalsende. Sie haben die Kündigung zum 01.07.2025 erklärt, später als die Frist es "
                        + "verlangt; wirksam werden kann sie nur zum Quartalsende.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAmendmentNeedsTheWrittenConsentOfBothPartiesAndTheOldVersionStaysInForceUntilThen() {
        String lwl = partner("Landschaftsverband");
        String district = partner("Kreis");
        String agreement = agreement(agreementJson("COOPERATION_AGREEMENT", "Kooperationsvereinbarung",
                List.of(lwl, district), "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}", "2024-03-15", null));
        String path = base + "/agreements/" + agreement;

        Api.Response proposed = api.post(path + "/amendments",
                "{\"proposedOn\": \"2025-02-01\", \"summary\": \"Neue Anlage zur Datenlieferung\"}");
        Api.Response unwritten = api.post(path + "/versions/2/consents",
                "{\"partnerId\": \"%s\", \"consentedOn\": \"2025-03-01\", \"writtenForm\": false}".formatted(lwl));
        api.post(path + "/versions/2/consents",
                "{\"partnerId\": \"%s\", \"consentedOn\": \"2025-03-01\", \"writtenForm\": true}".formatted(lwl));
        Map<?, ?> afterOne = (Map<?, ?>) api.get(path + "?on=2025-03-15").json().get("status");
        Api.Response concluded = api.post(path + "/versions/2/consents",
                "{\"partnerId\": \"%s\", \"consentedOn\": \"2025-04-10\", \"writtenForm\": true}".formatted(district));

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(unwritten.status()).isEqualTo(422);
        assertThat(unwritten.string("code")).isEqualTo("written-form-required");
        assertThat(afterOne.get("versionInForce")).isEqualTo(1);
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        List<Map<String, Object>> versions = (List<Map<String, Object>>) concluded.json().get("versions");
        assertThat(versions.get(1)).containsEntry("state", "CONCLUDED").containsEntry("concludedOn", "2025-04-10")
                .containsEntry("supersedes", 1);
        assertThat(((Map<?, ?>) api.get(path + "?on=2025-04-09").json().get("status")).get("versionInForce")).isEqualTo(1);
        assertThat(((Map<?, ?>) api.get(path + "?on=2025-04-10").json().get("status")).get("versionInForce")).isEqualTo(2);
    }

    @Test
    void aNegativeNoticePeriodIsRefusedNamingTheFieldAndNothingIsWritten() {
        String a = partner("Partner A");

        Api.Response refused = api.post(base + "/agreements", agreementJson("COOPERATION_AGREEMENT", "Kaputt",
                List.of(a), "{\"type\": \"UNLIMITED\"}",
                "{\"type\": \"NOTICE\", \"notice\": {\"length\": -1, \"unit\": \"MONTHS\", \"periodEnd\": \"NONE\"}}",
                "2024-01-01", null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("termination.notice.length");
        assertThat(api.get(base + "/agreements").body()).isEqualTo("[]");
    }

    @Test
    void aTerminationBeforeTheAgreementBeganIsRefusedAndNothingIsWritten() {
        String a = partner("Partner A");
        String agreement = agreement(agreementJson("COOPERATION_AGREEMENT", "Kooperation", List.of(a),
                "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}", "2024-03-15", "2024-04-01"));

        Api.Response refused = terminate(agreement, a, "2024-03-31", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("receivedOn");
        assertThat(api.get(base + "/declarations").number("totalItems")).isZero();
    }

    @Test
    void anAccessionToAClosedNetworkIsRefusedAndNothingIsWritten() {
        String city = partner("Stadt Leipzig");
        String careService = partner("Pflegedienst");
        String agreement = agreement(agreementJson("FRAMEWORK_AGREEMENT", "Rahmenvereinbarung", List.of(city),
                "{\"type\": \"UNLIMITED\"}", "{\"type\": \"ANY_TIME\"}", "2019-11-20", null));
        api.post(base + "/close", "");

        Api.Response refused = api.post(base + "/declarations/accessions", accession(agreement, careService, "2021-03-15"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.string("detail")).contains("geschlossen");
        assertThat(refused.string("code")).isEqualTo("network-closed");
        assertThat(api.get(base + "/declarations").number("totalItems")).isZero();
        assertThat(boundOn(agreement, "2021-03-15")).containsExactly(city);
    }

    @Test
    void aReadinessDeclarationBindsAPersonToWorkingGroupsAndIsListed() {
        String careService = partner("Pflegedienst");

        Api.Response readiness = api.post(base + "/declarations/readiness", """
                {"partnerId": "%s", "personName": "Jana Vogel", "personEmail": "jana.vogel@sonnenschein.example",
                 "workingGroups": ["AG Überleitung", "AG Fachkräftesicherung"], "receivedOn": "2025-02-01",
                 "recordedBy": "Katrin Böhme"}""".formatted(careService));

        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(201);
        assertThat(api.get(readiness.location().orElseThrow()).json().get("workingGroups"))
                .isEqualTo(List.of("AG Überleitung", "AG Fachkräftesicherung"));
        assertThat(api.get(base + "/declarations").items()).extracting(d -> d.get("kind")).containsExactly("READINESS");
    }
}
