package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.candidate;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.invalid;
import static de.koop.domain.governance.Governance.seat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 7: who may vote and who may stand in an election, and how many votes a ballot holds. */
class ElectorateTest {

    private static final LocalDate ELECTION = date("2024-03-01");

    private final Body conference = body().kind(BodyKind.CONFERENCE).name("Netzwerkkonferenz").build();
    private final Body steering = body().kind(BodyKind.STEERING_GROUP).name("Steuerungsgruppe")
            .network(conference.getNetworkId()).elections(conference.getId(), 1, null).build();
    private final Structure structure;

    ElectorateTest() {
        conference.appoint(seat("Anna Schmidt").build());
        conference.appoint(seat("Ben Wolf").build());
        conference.appoint(seat("Gerd Gast").role(SeatRole.GUEST).build());
        structure = Structure.of(List.of(conference, steering));
    }

    private Electorate electorate() {
        return Electorate.of(structure, steering, Optional.empty(), ELECTION).orElseThrow();
    }

    @Test
    void theBodyTheRulesNameElects() {
        assertThat(electorate().body()).isEqualTo(conference);
        assertThatCode(() -> electorate().check(List.of("Anna Schmidt", "ben wolf"),
                List.of(candidate("Clara Neu", 2)), 1, ELECTION)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "meetings {0}, elected {1} -> accepted {2}")
    @CsvSource({
            // koop knows the conference's meetings from the first one recorded on
            "'',                                2024-03-01, true",
            "2024-03-01,                        2024-03-01, true",
            "2024-02-29 2024-06-12,             2024-02-29, true",
            "2024-02-29 2024-06-12,             2024-03-01, false",
            "2024-02-29 2024-06-12,             2024-12-31, false",
            "2024-06-12,                        2024-03-01, true",
            "2024-01-31 2024-12-31,             2024-12-31, true",
    })
    void theElectingBodyMustHaveMetOnTheDayWhereKoopKnowsItsMeetings(String meetingDays, LocalDate electedOn,
                                                                    boolean accepted) {
        List<Meeting> meetings = new java.util.ArrayList<>();
        for (String day : meetingDays.isBlank() ? new String[0] : meetingDays.split(" ")) {
            meetings.add(Governance.schedule(conference, meetings.size() + 1, day + "T10:00"));
        }

        if (accepted) {
            assertThatCode(() -> electorate().requireMeetingOn(meetings, electedOn)).doesNotThrowAnyException();
        } else {
            var refusal = Governance.violation(() -> electorate().requireMeetingOn(meetings, electedOn));
            assertThat(refusal.rule()).isEqualTo(RuleCode.ELECTION_WITHOUT_MEETING);
            assertThat(refusal.getMessage()).startsWith("„Netzwerkkonferenz“ hat am ")
                    .contains("nicht getagt", "die letzte Sitzung davor war am ");
        }
    }

    @Test
    void theRefusalNamesTheDayAndTheLastMeetingBeforeIt() {
        List<Meeting> meetings = List.of(Governance.schedule(conference, 1, "2024-02-29T10:00"));

        assertThat(Governance.violation(() -> electorate().requireMeetingOn(meetings, date("2024-03-01"))))
                .hasMessage("„Netzwerkkonferenz“ hat am 01.03.2024 nicht getagt; gewählt wird in einer Sitzung des "
                        + "wählenden Gremiums; die letzte Sitzung davor war am 29.02.2024.");
    }

    @Test
    void aGuestDoesNotVote() {
        var e = invalid(() -> electorate().check(List.of("Anna Schmidt", "Gerd Gast"),
                List.of(candidate("Clara Neu", 2)), 1, ELECTION));

        assertThat(e.field()).isEqualTo("voters[1]");
        assertThat(e.reason()).contains("nicht wahlberechtigt").contains("Netzwerkkonferenz");
    }

    @Test
    void aVoterIsNamedOnlyAsOftenAsTheElectorateHasMembersOfThatName() {
        var e = invalid(() -> electorate().check(List.of("Anna Schmidt", " anna schmidt"),
                List.of(candidate("Clara Neu", 1)), 1, ELECTION));

        assertThat(e.field()).isEqualTo("voters[1]");
        assertThat(e.reason()).contains("doppelt");
    }

    @Test
    void noMoreVotesAreCastThanTheVotersHadForTheSeats() {
        var e = invalid(() -> electorate().check(List.of("Anna Schmidt", "Ben Wolf"),
                List.of(candidate("Clara Neu", 2), candidate("Dora Alt", 1)), 1, ELECTION));

        assertThat(e.field()).isEqualTo("candidates");
        assertThat(e.reason()).contains("mehr Stimmen (3) als 2 Wählende für 1 Sitz");
    }

    @Test
    void anElectionRecordCannotNameAnotherElectorateThanTheRules() {
        var e = invalid(() -> Electorate.of(structure, steering, Optional.of(BodyId.newId()), ELECTION));

        assertThat(e.field()).isEqualTo("electorateBodyId");
    }

    @Test
    void whereEachChildGroupElectsTheGroupIsNamedAndItsCandidatesAreItsMembers() {
        Body network = body().kind(BodyKind.SUB_NETWORK).name("Teilnetzwerk").network(conference.getNetworkId())
                .elections(null, 2, null).build();
        Body group = body().kind(BodyKind.WORKING_GROUP).name("AG Wohnen").childOf(network).build();
        group.appoint(seat("Clara Neu").build());
        group.appoint(seat("Emil Roth").build());
        Structure withGroups = Structure.of(List.of(network, group));

        assertThat(invalid(() -> Electorate.of(withGroups, network, Optional.empty(), ELECTION)).field())
                .isEqualTo("electorateBodyId");
        assertThat(invalid(() -> Electorate.of(withGroups, network, Optional.of(conference.getId()), ELECTION))
                .reason()).contains("keine Untergruppe");
        Electorate ofTheGroup = Electorate.of(withGroups, network, Optional.of(group.getId()), ELECTION).orElseThrow();
        var e = invalid(() -> ofTheGroup.check(List.of("Clara Neu", "Emil Roth"),
                List.of(candidate("Clara Neu", 1), candidate("Dora Fremd", 1)), 1, ELECTION));
        assertThat(e.field()).isEqualTo("candidates[1]");
        assertThat(e.reason()).contains("kein Mitglied von „AG Wohnen“");
    }

    @Test
    void aBodyFilledByAppointmentHasNoElectorate() {
        assertThat(Electorate.of(structure, conference, Optional.empty(), ELECTION)).isEmpty();
    }
}
