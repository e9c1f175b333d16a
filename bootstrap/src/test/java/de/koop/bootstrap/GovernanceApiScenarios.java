package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A coordinator over HTTP alone: bodies with their rules, seats and elections, meetings from
 * proposals to closed minutes, convening rules, and the dashboard.
 */
abstract class GovernanceApiScenarios extends KoopScenarios {

    private String base;
    private String city;
    private String aok;

    @BeforeEach
    void aNetworkWithTwoPartners() {
        String network = api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
        base = "/api/v1/networks/" + network;
        city = partner("Stadt Leipzig, Sozialamt");
        aok = partner("AOK PLUS");
    }

    private String partner(String name) {
        return api.post(base + "/partners",
                CoordinatorApiScenarios.partnerJson(name, "OTHER", "kontakt@" + Math.abs(name.hashCode()) + ".example"))
                .string("id");
    }

    private String body(String json) {
        Api.Response created = api.post(base + "/bodies", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("id");
    }

    private String conference() {
        return body("""
                {"kind": "CONFERENCE", "name": "Netzwerkkonferenz", "establishedOn": "2021-02-01",
                 "formats": ["IN_PERSON"], "cadence": {"type": "EVERY_YEARS", "years": 2},
                 "requiredTopics": ["Bericht der Steuerungsgruppe", "Bericht der Arbeitsgruppen",
                                    "Bericht des Unternetzwerks Demenz", "Ausblick"],
                 "convening": {"type": "FIXED", "parties": ["%s"]}}""".formatted(city));
    }

    /** @param convening the convening rule as JSON, or null for a body without one (the field left out) */
    private String steeringGroup(String conference, String decisionKind, String convening) {
        return body("""
                {"kind": "STEERING_GROUP", "name": "Steuerungsgruppe", "establishedOn": "2021-02-01",
                 "formats": ["IN_PERSON", "VIRTUAL"], "minutesRequired": true,
                 "decisionRule": {"kind": "%s"}, "cadence": {"type": "TIMES_A_YEAR", "times": 4, "frequency": "ABOUT"},
                 "composition": {"maxElectedSeats": 10, "speakerOfEachWorkingGroup": true},%s
                 "election": {"electorateBodyId": "%s", "termYears": 1}}""".formatted(decisionKind,
                convening == null ? "" : "\n \"convening\": " + convening + ",", conference));
    }

    private void seat(String body, String name, String from) {
        Api.Response seated = api.post(base + "/bodies/" + body + "/seats",
                "{\"holderName\": \"%s\", \"partnerId\": \"%s\", \"from\": \"%s\"}".formatted(name, city, from));
        assertThat(seated.status()).as(seated.toString()).isEqualTo(201);
    }

    private static String candidates(int count) {
        List<String> json = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            json.add("{\"name\": \"Mitglied %d\", \"votes\": %d}".formatted(i, count + 1 - i));
        }
        return String.join(", ", json);
    }

    private List<String> votersOfConference(String conference, int count) {
        List<String> voters = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            seat(conference, "Konferenzmitglied " + i, "2021-02-01");
            voters.add("\"Konferenzmitglied " + i + "\"");
        }
        return voters;
    }

    @Test
    void anElectionOnADayTheElectingBodyDidNotMeetIsRefused() {
        String conference = conference();
        String steering = steeringGroup(conference, "MAJORITY_OF_MEMBERS_PRESENT", null);
        List<String> voters = votersOfConference(conference, 3);
        api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-03-12T10:00\", \"format\": \"IN_PERSON\"}".formatted(conference));
        String election = """
                {"bodyId": "%s", "electedOn": "%s", "seatsToFill": 1, "voters": [%s], "candidates": [%s]}""";

        Api.Response dayAfter = api.post(base + "/elections",
                election.formatted(steering, "2025-03-13", String.join(", ", voters), candidates(1)));
        Api.Response onTheDay = api.post(base + "/elections",
                election.formatted(steering, "2025-03-12", String.join(", ", voters), candidates(1)));

        assertThat(dayAfter.status()).as(dayAfter.toString()).isEqualTo(422);
        assertThat(dayAfter.string("code")).isEqualTo("election-without-meeting");
        assertThat(dayAfter.string("detail")).isEqualTo("„Netzwerkkonferenz“ hat am 13.03.2025 nicht getagt; gewählt "
                + "wird in einer Sitzung des wählenden Gremiums; die letzte Sitzung davor war am 12.03.2025.");
        assertThat(onTheDay.status()).as(onTheDay.toString()).isEqualTo(201);
        assertThat((List<?>) api.get(base + "/bodies/" + steering).json().get("seats")).hasSize(1);
    }

    @Test
    void anElectionFillsTheSteeringGroupAndAnEleventhElectedSeatIsRefused() {
        String conference = conference();
        String steering = steeringGroup(conference, "MAJORITY_OF_MEMBERS_PRESENT", null);
        List<String> voters = votersOfConference(conference, 12);

        Api.Response elected = api.post(base + "/elections", """
                {"bodyId": "%s", "electedOn": "2025-03-12", "seatsToFill": 10, "voters": [%s], "candidates": [%s]}"""
                .formatted(steering, String.join(", ", voters), candidates(11)));
        Api.Response eleventh = api.post(base + "/bodies/" + steering + "/seats",
                "{\"holderName\": \"Nummer Elf\", \"basis\": \"ELECTED\", \"from\": \"2025-04-01\"}");
        Api.Response outsider = api.post(base + "/elections", """
                {"bodyId": "%s", "electedOn": "2025-03-12", "seatsToFill": 1, "voters": ["Jemand von außen"],
                 "candidates": [{"name": "Kandidatin", "votes": 1}]}""".formatted(steering));

        assertThat(elected.status()).as(elected.toString()).isEqualTo(201);
        assertThat((List<?>) elected.json().get("seats")).hasSize(10);
        assertThat(elected.body()).contains("\"until\":\"2026-03-11\"").doesNotContain("Mitglied 11");
        assertThat(eleventh.status()).isEqualTo(422);
        assertThat(eleventh.string("detail")).contains("höchstens 10 gewählte Sitze");
        assertThat(eleventh.string("code")).isEqualTo("elected-seats-full");
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.problemFields()).containsExactly("voters[0]");
        List<Map<String, Object>> results = api.get("/api/v1/outbox").items();
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result).containsEntry("kind", "ELECTION_RESULT")
                    .containsEntry("subject", "Wahlergebnis Steuerungsgruppe vom 12.03.2025, Wahl durch "
                            + "Netzwerkkonferenz: " + String.join(", ", IntStream.rangeClosed(1, 10)
                            .mapToObj(i -> "Mitglied " + i).toList()))
                    .containsEntry("recipient", "kontakt@" + Math.abs("Stadt Leipzig, Sozialamt".hashCode())
                            + ".example");
            assertThat((String) result.get("text")).contains("Zu besetzen waren 10 Sitze; 12 Personen haben gewählt.", "- Mitglied 1, 11 Stimmen, Amtszeit bis 11.03.2026",
                    "- Mitglied 11: 1 Stimme\n").doesNotContain("Mitglied 11: 1 Stimme – gewählt");
        });
    }

    /** nordsachsen: a steering group with two sub-groups, each of which elects a member into it. */
    private record SubGroups(String steering, String care, String poverty) {
    }

    private SubGroups steeringGroupWithSubGroups() {
        String steering = body("""
                {"kind": "STEERING_GROUP", "name": "AG Integrierte Sozialplanung", "establishedOn": "2023-02-01",
                 "formats": ["IN_PERSON", "VIRTUAL"], "minutesRequired": true,
                 "decisionRule": {"kind": "MAJORITY_OF_MEMBERS_PRESENT"},
                 "composition": {"memberFromEachChildGroup": true},
                 "election": {"termYears": 2}}""");
        String care = body("""
                {"kind": "WORKING_GROUP", "name": "UAG Pflege", "parentId": "%s", "establishedOn": "2023-02-01",
                 "formats": ["VIRTUAL"]}""".formatted(steering));
        String poverty = body("""
                {"kind": "WORKING_GROUP", "name": "UAG Armut", "parentId": "%s", "establishedOn": "2023-02-01",
                 "formats": ["VIRTUAL"]}""".formatted(steering));
        return new SubGroups(steering, care, poverty);
    }

    @Test
    void nordsachsenEachSubGroupElectsItsMemberOfTheSteeringGroupForTwoYears() {
        SubGroups groups = steeringGroupWithSubGroups();
        String steering = groups.steering();
        String care = groups.care();
        String poverty = groups.poverty();
        seat(care, "Gerda Winkler", "2023-03-01");
        seat(care, "Frank Neumann", "2023-03-01");
        seat(poverty, "Stefan Beyer", "2023-04-01");

        Api.Response withoutElectorate = api.post(base + "/elections", """
                {"bodyId": "%s", "electedOn": "2023-05-02", "seatsToFill": 1, "voters": ["Gerda Winkler"],
                 "candidates": [{"name": "Gerda Winkler", "votes": 1}]}""".formatted(steering));
        Api.Response elected = api.post(base + "/elections", """
                {"bodyId": "%s", "electorateBodyId": "%s", "electedOn": "2023-05-02", "seatsToFill": 1,
                 "voters": ["Gerda Winkler", "Frank Neumann"],
                 "candidates": [{"name": "Gerda Winkler", "partnerId": "%s", "votes": 2}]}"""
                .formatted(steering, care, city));
        String gaps = api.get(base + "/bodies/" + steering + "?on=2023-06-01").body();

        assertThat(withoutElectorate.problemFields()).containsExactly("electorateBodyId");
        assertThat(elected.status()).as(elected.toString()).isEqualTo(201);
        assertThat(elected.body()).contains("\"until\":\"2025-05-01\"");
        assertThat(gaps).contains("Aus „UAG Armut“ ist niemand Mitglied").doesNotContain("Aus „UAG Pflege“");
    }

    @Test
    void subGroupsElectingIntoOneBodyOnOneDayEachGetAResultWithItsOwnSubject() {
        SubGroups groups = steeringGroupWithSubGroups();
        seat(groups.care(), "Gerda Winkler", "2023-03-01");
        seat(groups.poverty(), "Stefan Beyer", "2023-04-01");

        for (var electorate : List.of(Map.entry(groups.care(), "Gerda Winkler"),
                Map.entry(groups.poverty(), "Stefan Beyer"))) {
            Api.Response elected = api.post(base + "/elections", """
                    {"bodyId": "%s", "electorateBodyId": "%s", "electedOn": "2023-05-02", "seatsToFill": 1,
                     "voters": ["%s"], "candidates": [{"name": "%s", "partnerId": "%s", "votes": 1}]}"""
                    .formatted(groups.steering(), electorate.getKey(), electorate.getValue(), electorate.getValue(),
                            city));
            assertThat(elected.status()).as(elected.toString()).isEqualTo(201);
        }

        assertThat(api.get("/api/v1/outbox").items()).extracting(m -> m.get("subject")).containsExactlyInAnyOrder(
                "Wahlergebnis AG Integrierte Sozialplanung vom 02.05.2023, Wahl durch UAG Pflege: Gerda Winkler",
                "Wahlergebnis AG Integrierte Sozialplanung vom 02.05.2023, Wahl durch UAG Armut: Stefan Beyer");
    }

    @Test
    void impossibleElectionResultsAreRefused() {
        String conference = conference();
        String steering = steeringGroup(conference, "MAJORITY_OF_MEMBERS_PRESENT", null);
        List<String> voters = votersOfConference(conference, 2);

        Api.Response tooManyForOne = api.post(base + "/elections", """
                {"bodyId": "%s", "electedOn": "2025-03-12", "seatsToFill": 1, "voters": [%s],
                 "candidates": [{"name": "Mitglied 1", "votes": 3}]}""".formatted(steering, String.join(", ", voters)));
        Api.Response overflowing = api.post(base + "/elections", """
                {"bodyId": "%s", "electedOn": "2025-03-12", "seatsToFill": 1, "voters": [%s],
                 "candidates": [{"name": "Mitglied 1", "votes": 2147483647}, {"name": "Mitglied 2", "votes": 1}]}"""
                .formatted(steering, String.join(", ", voters)));
        Api.Response inTheFuture = api.post(base + "/elections", """
                {"bodyId": "%s", "electedOn": "2099-03-12", "seatsToFill": 1, "voters": [%s],
                 "candidates": [{"name": "Mitglied 1", "votes": 1}]}""".formatted(steering, String.join(", ", voters)));

        assertThat(tooManyForOne.problemFields()).containsExactly("candidates[0]");
        assertThat(overflowing.status()).isEqualTo(400);
        assertThat(inTheFuture.problemFields()).containsExactly("electedOn");
        assertThat(api.get(base + "/bodies/" + steering).body()).contains("\"seats\":[]");
    }

    @Test
    void aPartnerThatLeftGetsNoNewSeatAndItsOldSeatIsReported() {
        String conference = conference();
        String agreement = api.post(base + "/agreements", """
                {"kind": "FRAMEWORK_AGREEMENT", "title": "Rahmenvereinbarung", "parties": ["%s"],
                 "term": {"type": "UNLIMITED"}, "termination": {"type": "ANY_TIME"}, "concludedOn": "2021-01-20"}"""
                .formatted(city)).string("id");
        api.post(base + "/declarations/accessions", """
                {"agreementId": "%s", "partnerId": "%s", "acceptedVersion": 1,
                 "contact": {"organisation": "AOK PLUS", "name": "Sabine Krüger", "phone": "0341 555-2100",
                             "email": "pflegeberatung@aokplus.example"},
                 "publishLogo": false, "publishContacts": false, "noCommercialSelfInterest": true,
                 "signedOn": "2021-03-01", "receivedOn": "2021-03-01", "recordedBy": "Katrin Böhme"}"""
                .formatted(agreement, aok));
        api.post(base + "/bodies/" + conference + "/seats",
                "{\"holderName\": \"Sabine Krüger\", \"partnerId\": \"%s\", \"from\": \"2021-03-01\"}".formatted(aok));
        api.post(base + "/declarations/terminations", """
                {"agreementId": "%s", "partnerId": "%s", "receivedOn": "2024-06-03", "recordedBy": "Katrin Böhme"}"""
                .formatted(agreement, aok));

        Api.Response newSeat = api.post(base + "/bodies/" + conference + "/seats",
                "{\"holderName\": \"Neu bei der AOK\", \"partnerId\": \"%s\", \"from\": \"2024-07-01\"}".formatted(aok));

        assertThat(newSeat.status()).isEqualTo(422);
        assertThat(newSeat.string("code")).isEqualTo("partner-left-network");
        assertThat(api.get(base + "/bodies/" + conference + "?on=2024-07-01").body())
                .contains("„Sabine Krüger“ sitzt für „AOK PLUS“, der aus dem Netzwerk ausgeschieden ist");
    }

    @Test
    void aSubGroupElectsOnlyFromItsOwnMembers() {
        String steering = body("""
                {"kind": "STEERING_GROUP", "name": "AG Integrierte Sozialplanung", "establishedOn": "2023-02-01",
                 "formats": ["VIRTUAL"], "composition": {"memberFromEachChildGroup": true}, "election": {"termYears": 2}}""");
        String care = body("""
                {"kind": "WORKING_GROUP", "name": "UAG Pflege", "parentId": "%s", "establishedOn": "2023-02-01",
                 "formats": ["VIRTUAL"]}""".formatted(steering));
        seat(care, "Gerda Winkler", "2023-03-01");

        Api.Response outsider = api.post(base + "/elections", """
                {"bodyId": "%s", "electorateBodyId": "%s", "electedOn": "2023-05-02", "seatsToFill": 1,
                 "voters": ["Gerda Winkler"], "candidates": [{"name": "Frank Neumann", "votes": 1}]}"""
                .formatted(steering, care));

        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.problemFields()).containsExactly("candidates[0]");
    }

    @Test
    void meetingsArePlannedInOrderAndHeldOnlyOnceTheyTookPlace() {
        String conference = conference();
        seat(conference, "Anna Schmidt", "2021-02-01");
        String later = api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2099-06-10T14:00\", \"format\": \"IN_PERSON\"}".formatted(conference))
                .string("id");

        Api.Response earlier = api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2099-03-10T14:00\", \"format\": \"IN_PERSON\"}".formatted(conference));
        api.post(base + "/meetings/" + later + "/invitation", "");
        Api.Response heldAhead = api.post(base + "/meetings/" + later + "/attendance", "{\"present\": [\"Anna Schmidt\"]}");

        assertThat(earlier.status()).isEqualTo(422);
        assertThat(earlier.string("detail")).contains("zeitlichen Reihenfolge");
        assertThat(earlier.string("code")).isEqualTo("meeting-out-of-order");
        assertThat(heldAhead.status()).isEqualTo(422);
        assertThat(heldAhead.string("code")).isEqualTo("meeting-in-future");
        assertThat(api.get(base + "/meetings/" + later).string("state")).isEqualTo("INVITED");
    }

    @Test
    void theSpeakerOfEachWorkingGroupSitsInTheSteeringGroupExOfficioAndTheSeatMovesWithTheRole() {
        String conference = conference();
        String steering = steeringGroup(conference, "MAJORITY_OF_MEMBERS_PRESENT", null);
        String group = body("""
                {"kind": "WORKING_GROUP", "name": "AG Überleitung", "parentId": "%s", "establishedOn": "2021-03-01",
                 "formats": ["VIRTUAL"]}""".formatted(steering));
        Api.Response speaker = api.post(base + "/bodies/" + group + "/seats",
                "{\"holderName\": \"Jana Vogel\", \"role\": \"SPEAKER\", \"from\": \"2022-01-01\"}");
        @SuppressWarnings("unchecked")
        String speakerSeat = (String) ((List<Map<String, Object>>) speaker.json().get("seats")).getFirst().get("id");

        String before = api.get(base + "/bodies/" + steering + "?on=2023-01-01").body();
        api.post(base + "/bodies/" + group + "/seats/" + speakerSeat + "/end", "{\"lastDay\": \"2023-06-30\"}");
        api.post(base + "/bodies/" + group + "/seats",
                "{\"holderName\": \"Peter Hoffmann\", \"role\": \"SPEAKER\", \"from\": \"2023-07-01\"}");
        String after = api.get(base + "/bodies/" + steering + "?on=2023-07-01").body();

        assertThat(before).contains("\"name\":\"Jana Vogel\"", "\"basis\":\"EX_OFFICIO\"", "\"exOfficioFor\":\"" + group);
        assertThat(after).contains("\"name\":\"Peter Hoffmann\"").doesNotContain("Jana Vogel");
    }

    @Test
    void aMeetingRunsFromProposalsToClosedMinutesWithADecisionUnderTheBodysRule() {
        String conference = conference();
        String steering = steeringGroup(conference, "MAJORITY_OF_MEMBERS_PRESENT", null);
        List<String> members = IntStream.rangeClosed(1, 9).mapToObj(i -> "Mitglied " + i).toList();
        members.forEach(name -> seat(steering, name, "2025-01-01"));
        Api.Response scheduled = api.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2025-06-12T14:00", "endsAt": "2025-06-12T16:30", "format": "VIRTUAL",
                 "place": "https://konferenz.leipzig.example/stg"}""".formatted(steering));
        String meeting = base + "/meetings/" + scheduled.string("id");

        api.post(meeting + "/agenda", "{\"title\": \"Fachtag Demenz 2026\", \"proposedBy\": \"Mitglied 3\"}");
        api.post(meeting + "/agenda", "{\"title\": \"Neue AG Wohnen\", \"proposedBy\": \"Mitglied 5\"}");
        api.post(meeting + "/agenda/1/accept", "");
        api.post(meeting + "/agenda/2/defer", "");
        Api.Response invited = api.post(meeting + "/invitation", "");
        api.post(meeting + "/attendance", "{\"present\": [%s]}".formatted(String.join(", ",
                members.stream().map(m -> "\"" + m + "\"").toList())));
        Api.Response decided = api.post(meeting + "/decisions",
                "{\"motion\": \"Der Fachtag findet im Mai 2026 statt.\", \"yes\": 4, \"no\": 2, \"abstain\": 3}");
        Api.Response tooMany = api.post(meeting + "/decisions",
                "{\"motion\": \"Zu viele Stimmen\", \"yes\": 8, \"no\": 2, \"abstain\": 0}");
        Api.Response closedWithout = api.post(meeting + "/close", "");
        api.put(meeting + "/minutes", "{\"text\": \"Protokoll der Sitzung vom 12. Juni 2025 …\", \"approvedOn\": \"2025-09-10\"}");
        Api.Response closed = api.post(meeting + "/close", "");
        Api.Response next = api.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2025-09-10T14:00", "format": "IN_PERSON"}""".formatted(steering));

        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.string("startsAt")).isEqualTo("2025-06-12T14:00:00+02:00");
        assertThat((List<?>) invited.json().get("invitees")).hasSize(9);
        assertThat(decided.body()).contains("\"outcome\":\"REJECTED\"", "Mehrheit der anwesenden Mitglieder");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.problemFields()).containsExactly("votes");
        assertThat(closedWithout.status()).isEqualTo(422);
        assertThat(closedWithout.string("detail")).contains("Protokoll");
        assertThat(closedWithout.string("code")).isEqualTo("minutes-required");
        assertThat(closed.string("state")).isEqualTo("CLOSED");
        assertThat(next.body()).contains("\"title\":\"Neue AG Wohnen\"", "\"carriedOver\":true");
    }

    @Test
    void theSameCountsPassUnderAMajorityOfVotesCast() {
        String conference = conference();
        String group = body("""
                {"kind": "PLANNING_BODY", "name": "Planungsgremium", "establishedOn": "2021-02-01",
                 "formats": ["HYBRID"], "decisionRule": {"kind": "SIMPLE_MAJORITY_OF_VOTES_CAST"}}""");
        IntStream.rangeClosed(1, 9).forEach(i -> seat(group, "Mitglied " + i, "2025-01-01"));
        String meeting = base + "/meetings/" + api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-06-12T14:00\", \"format\": \"HYBRID\"}".formatted(group))
                .string("id");
        api.post(meeting + "/invitation", "");
        api.post(meeting + "/attendance", "{\"present\": [%s]}".formatted(String.join(", ",
                IntStream.rangeClosed(1, 9).mapToObj(i -> "\"Mitglied " + i + "\"").toList())));

        Api.Response decided = api.post(meeting + "/decisions",
                "{\"motion\": \"Beschluss\", \"yes\": 4, \"no\": 2, \"abstain\": 3}");

        assertThat(decided.body()).contains("\"outcome\":\"ADOPTED\"");
        assertThat(conference).isNotBlank();
    }

    @Test
    void namesTheConvenerUnderAnAlternatingAndARotatingRule() {
        String conference = conference();
        String alternating = steeringGroup(conference, "CONSENSUS",
                "{\"type\": \"ALTERNATING\", \"parties\": [\"%s\", \"%s\"]}".formatted(city, aok));
        String rotating = body("""
                {"kind": "COORDINATION", "name": "Geschäftsführung", "establishedOn": "2021-01-01", "formats": ["IN_PERSON"],
                 "convening": {"type": "ROTATING", "parties": ["%s", "%s"], "years": 2, "from": "2021-01-01"}}"""
                .formatted(city, aok));

        Map<?, ?> beforeAnyMeeting = convener(alternating, null);
        Api.Response first = api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-02-01T10:00\", \"format\": \"VIRTUAL\"}".formatted(alternating));
        Api.Response second = api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-05-01T10:00\", \"format\": \"VIRTUAL\"}".formatted(alternating));

        assertThat(beforeAnyMeeting.get("partnerId")).isEqualTo(city);
        assertThat(((Map<?, ?>) first.json().get("convener")).get("partnerId")).isEqualTo(city);
        assertThat(((Map<?, ?>) second.json().get("convener")).get("partnerId")).isEqualTo(aok);
        assertThat(convener(alternating, null).get("partnerId")).as("meeting 3 is the next to be planned")
                .isEqualTo(city);
        api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-09-01T10:00\", \"format\": \"VIRTUAL\"}".formatted(alternating));
        Map<?, ?> afterThree = convener(alternating, null);
        assertThat(afterThree.get("partnerId")).as("with meetings 1 to 3 planned, meeting 4 is next, not meeting 1")
                .isEqualTo(aok);
        assertThat(afterThree.get("reason")).isEqualTo("im Wechsel: Sitzung 4, 2. von 2 Parteien");
        assertThat(convener(rotating, "2022-12-31").get("partnerId")).isEqualTo(city);
        assertThat(convener(rotating, "2023-01-01").get("partnerId")).isEqualTo(aok);
        assertThat((String) convener(rotating, "2025-06-01").get("reason")).contains("alle 2 Jahre", "seit 2025-01-01");
        Map<String, Object> fourth = api.get(base + "/bodies/" + alternating + "/next-meeting?on=2025-12-01").json();
        assertThat(((Number) fourth.get("number")).intValue()).as("the meeting after the three planned").isEqualTo(4);
        assertThat(((Map<?, ?>) fourth.get("convener")).get("partnerId")).as("the same as the body names")
                .isEqualTo(afterThree.get("partnerId"));
        assertThat(((Map<?, ?>) api.get(base + "/bodies/" + rotating + "/next-meeting?on=2023-01-01").json()
                .get("convener")).get("partnerId")).isEqualTo(aok);
    }

    private Map<?, ?> convener(String body, String on) {
        Map<?, ?> status = (Map<?, ?>) api.get(base + "/bodies/" + body + (on == null ? "" : "?on=" + on)).json()
                .get("status");
        return (Map<?, ?>) status.get("nextConvener");
    }

    @Test
    void theDashboardListsOverdueBodiesMeetingsWithoutMinutesAndTermsEndingWithin90Days() {
        String conference = conference();
        String steering = steeringGroup(conference, "MAJORITY_OF_MEMBERS_PRESENT", null);
        List<String> voters = votersOfConference(conference, 3);
        api.post(base + "/elections", """
                {"bodyId": "%s", "electedOn": "2025-03-12", "seatsToFill": 2, "voters": [%s], "candidates": [%s]}"""
                .formatted(steering, String.join(", ", voters), candidates(2)));
        String meeting = base + "/meetings/" + api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-06-12T14:00\", \"format\": \"VIRTUAL\"}".formatted(steering))
                .string("id");
        api.post(meeting + "/invitation", "");
        api.post(meeting + "/attendance", "{\"present\": [\"Mitglied 1\"]}");

        Api.Response dashboard = api.get(base + "/dashboard?on=2026-01-15&termsEndingWithinDays=90");

        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        assertThat(dashboard.body()).contains("\"meetingId\":\"" + meeting.substring(meeting.lastIndexOf('/') + 1));
        assertThat(dashboard.body()).contains("\"holderName\":\"Mitglied 1\"", "\"until\":\"2026-03-11\"");
        assertThat(dashboard.body()).contains("\"name\":\"Netzwerkkonferenz\"").contains("\"nextMeetingDue\":\"2023-02-01\"");
        assertThat(api.get(base + "/dashboard?on=2026-01-15&termsEndingWithinDays=30").body())
                .doesNotContain("\"holderName\":\"Mitglied 1\"");
    }

    @Test
    void ofTwoMeetingsScheduledAtOnceForOneBodyTheSecondGetsAConflictNotTheSameNumber() throws Exception {
        String conference = conference();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> posts = Stream.of("2025-06-12T14:00", "2025-06-13T14:00")
                .map(time -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return api.post(base + "/meetings", "{\"bodyId\": \"%s\", \"startsAt\": \"%s\", \"format\": \"IN_PERSON\"}"
                            .formatted(conference, time));
                })).toList();
        start.countDown();

        List<Integer> statuses = new ArrayList<>();
        for (var post : posts) {
            statuses.add(post.get().status());
        }

        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409 || s == 422);
        assertThat(api.get(base + "/meetings").jsonList()).extracting(m -> m.get("number")).doesNotHaveDuplicates();
    }

    @Test
    void aSecondBodyOfTheSameNameIsRefusedWithTheCodeOfThatRule() {
        conference();

        Api.Response again = api.post(base + "/bodies", """
                {"kind": "CONFERENCE", "name": "netzwerkkonferenz ", "establishedOn": "2022-01-01",
                 "formats": ["VIRTUAL"], "cadence": {"type": "VARIABLE"}}""");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.string("code")).isEqualTo("body-name-taken");
        assertThat(again.problemDetail()).isEqualTo("Im Netzwerk gibt es bereits ein Gremium „netzwerkkonferenz“.");
        assertThat(api.get(base + "/bodies").jsonList()).hasSize(1);
    }

    @Test
    void refusesAMeetingOfABodyThatDoesNotExistAndAFormatTheBodyDoesNotAllow() {
        String conference = conference();

        Api.Response unknown = api.post(base + "/meetings",
                "{\"bodyId\": \"6f1c2a56-0000-4000-8000-000000000000\", \"startsAt\": \"2025-06-12T14:00\", \"format\": \"VIRTUAL\"}");
        Api.Response wrongFormat = api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-06-12T14:00\", \"format\": \"VIRTUAL\"}".formatted(conference));
        Api.Response badTime = api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"12.06.2025 14 Uhr\", \"format\": \"IN_PERSON\"}".formatted(conference));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(wrongFormat.status()).isEqualTo(400);
        assertThat(wrongFormat.problemFields()).containsExactly("format");
        assertThat(badTime.problemFields()).containsExactly("startsAt");
        assertThat(api.get(base + "/meetings").body()).isEqualTo("[]");
    }

    @Test
    void namesShowingNothingAndTextThatIsNotUnicodeAreRefusedInBodiesSeatsAgendasAndMinutes() {
        String conference = conference();
        Api.Response invisibleBody = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "\\u200b", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"]}""");
        Api.Response invisibleHolder = api.post(base + "/bodies/" + conference + "/seats",
                "{\"holderName\": \"\\u200b \\u200c\", \"from\": \"2025-01-01\"}");
        String meeting = base + "/meetings/" + api.post(base + "/meetings",
                "{\"bodyId\": \"%s\", \"startsAt\": \"2025-06-12T14:00\", \"format\": \"IN_PERSON\"}"
                        .formatted(conference)).string("id");
        Api.Response invisibleTitle = api.post(meeting + "/agenda", "{\"title\": \"\\u200b\", \"proposedBy\": \"Anna\"}");
        Api.Response surrogateProposer = api.post(meeting + "/agenda", "{\"title\": \"Bericht\", \"proposedBy\": \"A\\ud800B\"}");
        Api.Response surrogateMinutes = api.put(meeting + "/minutes",
                "{\"text\": \"Protokoll\\nA\\ud800B\", \"approvedOn\": \"2025-09-10\"}");
        Api.Response invisibleMinutes = api.put(meeting + "/minutes", "{\"text\": \"\\u200b\\n\\u2060\"}");
        Api.Response surrogatePresent = api.post(meeting + "/attendance", "{\"present\": [\"Anna\", \"\\udc00\"]}");

        assertThat(invisibleBody.problemFields()).containsExactly("name");
        assertThat(invisibleHolder.problemFields()).containsExactly("holderName");
        assertThat(invisibleTitle.problemFields()).containsExactly("title");
        assertThat(surrogateProposer.problemFields()).containsExactly("proposedBy");
        assertThat(surrogateMinutes.status()).isEqualTo(400);
        assertThat(surrogateMinutes.problemDetail()).isEqualTo("text: enthält Zeichen, die kein gültiges Unicode sind");
        assertThat(invisibleMinutes.problemDetail()).isEqualTo("text: muss mindestens ein sichtbares Zeichen enthalten");
        assertThat(surrogatePresent.problemFields()).containsExactly("present[1]");
        assertThat(List.of(invisibleBody, invisibleHolder, invisibleTitle, surrogateProposer, surrogateMinutes,
                invisibleMinutes, surrogatePresent)).extracting(Api.Response::status).containsOnly(400);
        Map<String, Object> unchanged = api.get(meeting).json();
        assertThat((List<?>) unchanged.get("agenda")).as("the conference's required topics only").hasSize(4);
        assertThat(unchanged.get("minutes")).isNull();
        assertThat(unchanged.get("state")).isEqualTo("PLANNED");
        assertThat(api.get(base + "/bodies").jsonList()).hasSize(1);
    }
}
