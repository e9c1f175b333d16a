package de.koop.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.MessageTemplatesContract;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.RenderedMessage;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract, and each message rendered with the values a real occasion hands it, read as its German
 * recipient reads it.
 */
class MustacheMessageTemplatesTest extends MessageTemplatesContract {

    private final MustacheMessageTemplates templates = new MustacheMessageTemplates();

    @Override
    protected MessageTemplates templates() {
        return templates;
    }

    private static Map<String, Object> accession(String partnerName, boolean publishLogo) {
        Map<String, Object> values = new HashMap<>();
        values.put("networkName", "Leipziger Kooperation Pflege");
        values.put("partnerName", partnerName);
        values.put("contactName", "Jana Vogel");
        values.put("agreementTitle", "Rahmenvereinbarung LeiKoP");
        values.put("acceptedVersion", 2);
        values.put("receivedOn", "15.03.2021");
        values.put("publishLogo", publishLogo);
        values.put("publishContacts", false);
        return values;
    }

    @Test
    void theAccessionConfirmationNamesNetworkVersionAndPublicationChoice() {
        RenderedMessage message = templates.render(MessageKind.ACCESSION_CONFIRMATION,
                accession("Pflegedienst Sonnenschein", true));

        assertThat(message.subject()).isEqualTo("Bestätigung Ihres Beitritts zum Netzwerk „Leipziger Kooperation Pflege“");
        assertThat(message.text()).contains("Guten Tag Jana Vogel,", "Pflegedienst Sonnenschein",
                "am 15.03.2021", "in der Fassung 2", "- Logo: ja", "- Ansprechpersonen: nein",
                "Bei der Netzwerkkoordination können Sie Ihre Wahl jederzeit ändern und eine erteilte Einwilligung widerrufen.");
        assertThat(message.html()).contains("Pflegedienst Sonnenschein", "Fassung 2");
    }

    /** The confirmation says in plain words why the termination takes effect on its day. */
    @Nested
    class Termination {

        private Map<String, Object> values(String receivedOn, String effectiveOn) {
            Map<String, Object> values = new HashMap<>();
            values.put("networkName", "Kooperation Eingliederungshilfe");
            values.put("partnerName", "Kreis Steinfurt");
            values.put("agreementTitle", "Kooperationsvereinbarung");
            values.put("receivedOn", receivedOn);
            values.put("effectiveOn", effectiveOn);
            return values;
        }

        private Map<String, Object> withNotice(NoticePeriod notice, String receivedOn, String effectiveOn) {
            Map<String, Object> values = values(receivedOn, effectiveOn);
            values.put("noticePeriod", notice.germanDuration());
            if (notice.end() != PeriodEnd.NONE) {
                values.put("periodEnd", notice.end().german());
            }
            return values;
        }

        private String text(Map<String, Object> values) {
            RenderedMessage message = templates.render(MessageKind.TERMINATION_CONFIRMATION, values);
            assertThat(message.html()).doesNotContain("Angewandte Regel");
            return message.text();
        }

        @Test
        void atAnyTimeItTakesEffectOnReceipt() {
            Map<String, Object> values = values("03.06.2024", "03.06.2024");
            values.put("anyTime", true);

            assertThat(text(values)).contains("wir bestätigen, dass die Kündigung von Kreis Steinfurt für die "
                            + "Vereinbarung „Kooperationsvereinbarung“ im Netzwerk „Kooperation Eingliederungshilfe“ am "
                            + "03.06.2024 bei uns eingegangen ist.",
                    "Die Kündigung wird wirksam zum 03.06.2024.",
                    "Die Vereinbarung kann jederzeit gekündigt werden; die Kündigung wirkt daher mit ihrem Eingang.")
                    .doesNotContain("Angewandte Regel", "Kündigungsfrist", "Nachfolgevereinbarung");
        }

        @Test
        void atAnyTimeALaterDayAskedForDecides() {
            Map<String, Object> values = values("03.06.2024", "30.06.2024");
            values.put("anyTime", true);
            values.put("requestedOn", "30.06.2024");

            assertThat(text(values)).contains("Die Kündigung wird wirksam zum 30.06.2024.",
                    "Die Vereinbarung kann jederzeit gekündigt werden; die Kündigung wirkt daher zu dem von Ihnen "
                            + "genannten Tag.");
        }

        @Test
        void withNoticeToAPeriodEndItIsCountedFromTheReceipt() {
            String text = text(withNotice(new NoticePeriod(3, ChronoUnit.MONTHS, PeriodEnd.QUARTER),
                    "15.08.2026", "31.12.2026"));

            assertThat(text).contains("Die Kündigung wird wirksam zum 31.12.2026.",
                    "Die Kündigungsfrist beträgt drei Monate zum Quartalsende. Vom Eingang Ihrer Kündigung am "
                            + "15.08.2026 an gerechnet ist der 31.12.2026 der früheste Tag, zu dem sie wirken kann.")
                    .doesNotContain("Angewandte Regel");
        }

        @Test
        void withSixMonthsToTheEndOfTheYear() {
            assertThat(text(withNotice(new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR),
                    "30.06.2026", "31.12.2026")))
                    .contains("Die Kündigungsfrist beträgt sechs Monate zum Ende des Kalenderjahres.");
        }

        @Test
        void withNoticeToAPeriodEndALaterDayAskedForDecidesAndThePeriodEndFollows() {
            Map<String, Object> values = withNotice(new NoticePeriod(1, ChronoUnit.MONTHS, PeriodEnd.QUARTER),
                    "10.01.2025", "30.09.2025");
            values.put("requestedOn", "01.07.2025");

            assertThat(text(values)).contains("Die Kündigung wird wirksam zum 30.09.2025.",
                    "Die Kündigungsfrist beträgt einen Monat zum Quartalsende. Sie haben die Kündigung zum "
                            + "01.07.2025 erklärt, später als die Frist es verlangt; wirksam werden kann sie nur zum "
                            + "Quartalsende.")
                    .doesNotContain("früheste Tag");
        }

        @Test
        void withNoticeWithoutAPeriodEnd() {
            String fromReceipt = text(withNotice(new NoticePeriod(4, ChronoUnit.WEEKS, PeriodEnd.NONE),
                    "10.03.2025", "07.04.2025"));
            Map<String, Object> requested = withNotice(new NoticePeriod(4, ChronoUnit.WEEKS, PeriodEnd.NONE),
                    "10.03.2025", "01.05.2025");
            requested.put("requestedOn", "01.05.2025");

            assertThat(fromReceipt).contains("Die Kündigungsfrist beträgt vier Wochen. Vom Eingang Ihrer Kündigung am "
                    + "10.03.2025 an gerechnet ist der 07.04.2025 der früheste Tag, zu dem sie wirken kann.");
            assertThat(text(requested)).contains("Die Kündigungsfrist beträgt vier Wochen. Sie haben die Kündigung "
                    + "zum 01.05.2025 erklärt, später als die Frist es verlangt.");
        }

        @Test
        void theSuccessorDeadlineIsMentionedOnlyWhenThereIsOne() {
            Map<String, Object> values = withNotice(new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR),
                    "30.06.2026", "31.12.2026");

            String without = text(values);
            values.put("successorDueBy", "31.12.2026");
            String with = text(values);

            assertThat(without).doesNotContain("Nachfolgevereinbarung");
            assertThat(with).contains("Nach der Vereinbarung ist bis zum 31.12.2026 eine Nachfolgevereinbarung "
                    + "abzuschließen.");
        }
    }

    /** Seats, voters and votes agree with their count; each election's subject tells it apart. */
    @Nested
    class Election {

        private Map<String, Object> election(String electorate, int seats, int voters, List<Map<String, Object>> elected) {
            Map<String, Object> values = new HashMap<>();
            values.put("networkName", "Integrierte Sozialplanung im Landkreis Nordsachsen");
            values.put("bodyName", "AG Integrierte Sozialplanung");
            if (electorate != null) {
                values.put("electorateName", electorate);
            }
            values.put("electedOn", "06.05.2025");
            values.put("seatsToFill", seats);
            values.put("voters", voters);
            values.put("elected", elected);
            values.put("candidates", elected.stream().map(row -> Map.<String, Object>of("name", row.get("name"),
                    "votes", row.get("votes"), "elected", true)).toList());
            return values;
        }

        private Map<String, Object> elected(String name, String partner, String votes) {
            return Map.of("name", name, "partnerName", partner, "votes", votes, "until", "05.05.2027");
        }

        @Test
        void oneSeatAndOneVoterAreSingular() {
            RenderedMessage message = templates.render(MessageKind.ELECTION_RESULT, election("UAG Arbeit und Teilhabe",
                    1, 1, List.of(elected("Frank Neumann", "Jobcenter Nordsachsen", "1 Stimme"))));

            assertThat(message.text()).contains("am 06.05.2025 hat das Gremium „UAG Arbeit und Teilhabe“ für das "
                            + "Gremium „AG Integrierte Sozialplanung“ im Netzwerk „Integrierte Sozialplanung im Landkreis "
                            + "Nordsachsen“ gewählt. Zu besetzen war 1 Sitz; 1 Person hat gewählt.",
                    "Gewählt:\n- Frank Neumann (Jobcenter Nordsachsen), 1 Stimme, Amtszeit bis 05.05.2027\n")
                    .doesNotContain("Sitze", "Personen", "zu besetzende");
            assertThat(message.html()).contains("Zu besetzen war 1 Sitz; 1 Person hat gewählt.");
        }

        @Test
        void severalSeatsAndVotersArePlural() {
            RenderedMessage message = templates.render(MessageKind.ELECTION_RESULT, election(null, 2, 9, List.of(
                    elected("Jana Vogel", "Pflegedienst Sonnenschein", "6 Stimmen"),
                    elected("Tom Richter", "Stadt Leipzig", "5 Stimmen"))));

            assertThat(message.text()).contains("am 06.05.2025 wurde für das Gremium „AG Integrierte Sozialplanung“ "
                    + "im Netzwerk „Integrierte Sozialplanung im Landkreis Nordsachsen“ gewählt. Zu besetzen waren 2 "
                    + "Sitze; 9 Personen haben gewählt.");
            assertThat(message.html()).contains("Zu besetzen waren 2 Sitze; 9 Personen haben gewählt.",
                    "<li><strong>Tom Richter</strong> (Stadt Leipzig), 5 Stimmen, Amtszeit bis 05.05.2027</li>\n</ul>");
            assertThat(message.subject())
                    .isEqualTo("Wahlergebnis AG Integrierte Sozialplanung vom 06.05.2025: Jana Vogel, Tom Richter");
        }

        @Test
        void anElectionWithoutWinnersSaysSo() {
            RenderedMessage message = templates.render(MessageKind.ELECTION_RESULT, election(null, 1, 3, List.of()));

            assertThat(message.text()).contains("Gewählt wurde niemand.").doesNotContain("Gewählt:");
            assertThat(message.html()).contains("<p>Gewählt wurde niemand.</p>").doesNotContain("<ul>");
            assertThat(message.subject()).endsWith(": niemand gewählt");
        }

        @Test
        void threeSubGroupsElectingIntoOneBodyOnOneDayGetThreeSubjects() {
            List<String> subjects = Stream.of(
                            election("UAG Arbeit und Teilhabe", 1, 1,
                                    List.of(elected("Frank Neumann", "Jobcenter Nordsachsen", "1 Stimme"))),
                            election("UAG Älter werden im Landkreis", 1, 1,
                                    List.of(elected("Gerda Winkler", "Kreisseniorenbeirat Nordsachsen", "1 Stimme"))),
                            election("UAG Armut und soziale Teilhabe", 1, 1,
                                    List.of(elected("Stefan Beyer", "Caritasverband Nordsachsen e. V.", "1 Stimme"))))
                    .map(values -> templates.render(MessageKind.ELECTION_RESULT, values).subject()).toList();

            assertThat(subjects).doesNotHaveDuplicates().first().isEqualTo("Wahlergebnis AG Integrierte Sozialplanung "
                    + "vom 06.05.2025, Wahl durch UAG Arbeit und Teilhabe: Frank Neumann");
        }
    }

    @Test
    void theMinutesAreInTheMailNotAttached() {
        Map<String, Object> values = new HashMap<>(Map.of("networkName", "Leipziger Kooperation Pflege",
                "bodyName", "Steuerungsgruppe", "number", 3, "date", "12.03.2026",
                "minutes", "TOP 1: Die Arbeitsgruppen berichten."));

        RenderedMessage draft = templates.render(MessageKind.MINUTES_DISTRIBUTION, values);
        values.put("approvedOn", "26.03.2026");
        RenderedMessage approved = templates.render(MessageKind.MINUTES_DISTRIBUTION, values);

        assertThat(draft.text()).contains("nachstehend finden Sie das Protokoll der 3. Sitzung des Gremiums "
                        + "„Steuerungsgruppe“ im Netzwerk „Leipziger Kooperation Pflege“ vom 12.03.2026.",
                "Das Protokoll ist noch nicht genehmigt", "TOP 1: Die Arbeitsgruppen berichten.")
                .doesNotContain("anbei", "Anhang");
        assertThat(approved.text()).contains("Das Protokoll wurde am 26.03.2026 genehmigt.");
        assertThat(approved.html()).contains("nachstehend finden Sie das Protokoll").doesNotContain("anbei");
    }

    @Test
    void anInvitationWithoutAgendaSaysItFollowsOnce() {
        Map<String, Object> values = new HashMap<>(Map.of("networkName", "Leipziger Kooperation Pflege",
                "bodyName", "Steuerungsgruppe", "number", 3, "weekday", "Donnerstag", "date", "12.03.2026",
                "time", "14:00", "format", "Präsenzsitzung", "agenda", List.of(), "hasAgenda", false));

        RenderedMessage without = templates.render(MessageKind.MEETING_INVITATION, values);
        values.put("agenda", List.of(Map.of("number", 1, "title", "Bericht der Arbeitsgruppen")));
        values.put("hasAgenda", true);
        values.put("time", "14:00–16:00");
        RenderedMessage with = templates.render(MessageKind.MEETING_INVITATION, values);

        assertThat(without.text()).contains("Termin: Donnerstag, 12.03.2026, 14:00 Uhr\n", "Die Tagesordnung folgt.")
                .doesNotContain("Tagesordnung:");
        assertThat(without.html()).doesNotContain("<ol>", "<strong>Tagesordnung</strong>");
        assertThat(with.text()).contains("Termin: Donnerstag, 12.03.2026, 14:00–16:00 Uhr\n",
                "Tagesordnung:\n1. Bericht der Arbeitsgruppen\n").doesNotContain("folgt");
    }

    /** Reminders: a subject to every sentence, and a tense that fits a day ahead or passed. */
    @Nested
    class Reminders {

        private Map<String, Object> deadline(String when) {
            return new HashMap<>(Map.of("networkName", "Kooperation Eingliederungshilfe",
                    "title", "Datenlieferung nach § 4", "responsibleName", "Kreis Steinfurt",
                    "referenceDate", "31.12.2026", "dueOn", "30.04.2027", "when", when));
        }

        @Test
        void aDeadlineAheadAndOnePassed() {
            String ahead = templates.render(MessageKind.DEADLINE_REMINDER, deadline("in 14 Tagen")).text();
            String passed = templates.render(MessageKind.DEADLINE_OVERDUE, deadline("seit 3 Tagen")).text();

            assertThat(ahead).contains("folgende Pflicht im Netzwerk „Kooperation Eingliederungshilfe“ ist in 14 "
                    + "Tagen, am 30.04.2027, fällig:\n\n  Datenlieferung nach § 4\n  Verantwortlich: Kreis Steinfurt\n"
                    + "  Stichtag: 31.12.2026\n").doesNotContain("Zu liefern an");
            assertThat(passed).contains("folgende Pflicht im Netzwerk „Kooperation Eingliederungshilfe“ war am "
                    + "30.04.2027 fällig und ist seit 3 Tagen überfällig; ihre Erfüllung ist nicht erfasst:");
        }

        @Test
        void aBodyDueToMeetAheadAndOverdue() {
            Map<String, Object> values = new HashMap<>(Map.of("networkName", "Leipziger Kooperation Pflege",
                    "bodyName", "Pflegekonferenz", "dueOn", "31.03.2027", "when", "in 30 Tagen", "past", false,
                    "lastMeeting", "02.04.2026"));

            RenderedMessage ahead = templates.render(MessageKind.MEETING_DUE_REMINDER, values);
            values.putAll(Map.of("when", "seit 5 Tagen", "past", true));
            RenderedMessage overdue = templates.render(MessageKind.MEETING_DUE_REMINDER, values);

            assertThat(ahead.subject()).isEqualTo("Sitzung fällig: Pflegekonferenz (bis zum 31.03.2027)");
            assertThat(ahead.text()).contains("das Gremium „Pflegekonferenz“ im Netzwerk „Leipziger Kooperation "
                    + "Pflege“ muss nach seiner Geschäftsordnung bis zum 31.03.2027 tagen; eine Sitzung ist noch nicht "
                    + "geplant.", "Die letzte Sitzung fand am 02.04.2026 statt.");
            assertThat(overdue.subject()).isEqualTo("Sitzung überfällig: Pflegekonferenz (bis zum 31.03.2027)");
            assertThat(overdue.text()).contains("hätte nach seiner Geschäftsordnung bis zum 31.03.2027 tagen müssen; "
                    + "die Sitzung ist seit 5 Tagen überfällig und noch nicht geplant.");
        }

        @Test
        void aReviewAheadAndOverdue() {
            Map<String, Object> values = new HashMap<>(Map.of("networkName", "Leipziger Kooperation Pflege",
                    "agreementTitle", "Rahmenvereinbarung LeiKoP", "dueOn", "30.06.2027", "when", "morgen",
                    "past", false, "termEnd", "31.12.2027"));

            String ahead = templates.render(MessageKind.REVIEW_DUE_REMINDER, values).text();
            values.putAll(Map.of("when", "seit gestern", "past", true));
            String overdue = templates.render(MessageKind.REVIEW_DUE_REMINDER, values).text();

            assertThat(ahead).contains("die Überprüfung der Vereinbarung „Rahmenvereinbarung LeiKoP“ im Netzwerk "
                            + "„Leipziger Kooperation Pflege“ ist am 30.06.2027 fällig (morgen).",
                    "Die Vereinbarung gilt derzeit bis zum 31.12.2027.", "Bitte stimmen Sie sich mit den Vertragsparteien ab");
            assertThat(overdue).contains("war am 30.06.2027 fällig und ist seit gestern überfällig.");
        }

        @Test
        void aSeatWhoseTermEnds() {
            RenderedMessage message = templates.render(MessageKind.SEAT_TERM_ENDING, Map.of(
                    "networkName", "Leipziger Kooperation Pflege", "bodyName", "Steuerungsgruppe",
                    "holderName", "Jana Vogel", "partnerName", "Pflegedienst Sonnenschein", "dueOn", "11.03.2028",
                    "when", "in 30 Tagen"));

            assertThat(message.subject()).isEqualTo("Amtszeit endet am 11.03.2028: Jana Vogel (Steuerungsgruppe)");
            assertThat(message.text()).contains("die Amtszeit von Jana Vogel (Pflegedienst Sonnenschein) im Gremium "
                    + "„Steuerungsgruppe“ des Netzwerks „Leipziger Kooperation Pflege“ endet in 30 Tagen, mit Ablauf "
                    + "des 11.03.2028.");
        }
    }

    @Test
    void zeroTakesThePlural() {
        Map<String, Object> values = new HashMap<>(Map.of("seatsToFill", 0));

        assertThat(templates.render(MessageKind.ELECTION_RESULT, values).text()).contains("Zu besetzen waren 0 Sitze");
    }
}
