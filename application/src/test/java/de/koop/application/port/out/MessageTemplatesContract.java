package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.RenderedMessage;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link MessageTemplates} adapter must do: render every kind of message for the values a real
 * occasion hands it, in German (a greeting and a closing), with every name, title and date given in
 * subject or text, nothing left unrendered (no {@code {{…}}}, {@code ${…}} or {@code null}), and the
 * values escaped in HTML but not in the plain text. Extend it and return your adapter.
 */
public abstract class MessageTemplatesContract {

    /** The adapter under test. */
    protected abstract MessageTemplates templates();

    /** What would show that a template left something unrendered. */
    private static final Pattern UNRENDERED = Pattern.compile("\\{\\{|}}|\\$\\{|<%|%>|\\bnull\\b|\\bundefined\\b");

    private static final NoticePeriod NOTICE = new NoticePeriod(3, ChronoUnit.MONTHS, PeriodEnd.QUARTER);

    /**
     * An occasion of one kind: the values a service hands the template (keys and types as the services
     * write them), and those of them a reader must find in the subject or the text.
     */
    private record Occasion(Map<String, Object> values, List<String> shown) {
    }

    /** Each kind's occasion, with a network name to put in; a kind added to the domain is missing here until added. */
    private static Occasion occasion(MessageKind kind, String networkName) {
        return switch (kind) {
            case ACCESSION_CONFIRMATION -> new Occasion(Map.of("networkName", networkName,
                    "partnerName", "Ambulanter Pflegedienst Sonnenschein gGmbH", "contactName", "Jana Vogel",
                    "agreementTitle", "Rahmenvereinbarung Leipziger Kooperation Pflege", "acceptedVersion", 2,
                    "receivedOn", "12.04.2021", "publishLogo", true, "publishContacts", false),
                    List.of("Ambulanter Pflegedienst Sonnenschein gGmbH", "Jana Vogel",
                            "Rahmenvereinbarung Leipziger Kooperation Pflege", "12.04.2021"));
            case TERMINATION_CONFIRMATION -> new Occasion(Map.of("networkName", networkName,
                    "partnerName", "Diakonie-Sozialstation Leipzig-Grünau",
                    "agreementTitle", "Rahmenvereinbarung Leipziger Kooperation Pflege", "receivedOn", "03.06.2024",
                    "effectiveOn", "30.09.2024", "noticePeriod", NOTICE.germanDuration(),
                    "periodEnd", NOTICE.end().german()),
                    List.of("Diakonie-Sozialstation Leipzig-Grünau", "Rahmenvereinbarung Leipziger Kooperation Pflege",
                            "03.06.2024", "30.09.2024"));
            case MEETING_INVITATION -> new Occasion(Map.of("networkName", networkName,
                    "bodyName", "Steuerungsgruppe", "number", 3, "weekday", "Donnerstag", "date", "12.03.2026",
                    "time", "14:00–16:00", "format", "Präsenzsitzung", "place", "Neues Rathaus, Raum 259",
                    "hasAgenda", true, "agenda", List.of(Map.of("number", 1, "title", "Bericht der Arbeitsgruppen"),
                            Map.of("number", 2, "title", "Fortschreibung des Pflegeberichts"))),
                    List.of("Steuerungsgruppe", "Donnerstag", "12.03.2026", "14:00–16:00", "Neues Rathaus, Raum 259",
                            "Bericht der Arbeitsgruppen", "Fortschreibung des Pflegeberichts"));
            case MINUTES_DISTRIBUTION -> new Occasion(Map.of("networkName", networkName,
                    "bodyName", "Steuerungsgruppe", "number", 3, "date", "12.03.2026", "approvedOn", "26.03.2026",
                    "minutes", "TOP 1: Die Arbeitsgruppen berichten.\nTOP 2: Der Entwurf wird angenommen."),
                    List.of("Steuerungsgruppe", "12.03.2026", "26.03.2026", "TOP 1: Die Arbeitsgruppen berichten.",
                            "TOP 2: Der Entwurf wird angenommen."));
            case ELECTION_RESULT -> new Occasion(Map.of("networkName", networkName,
                    "bodyName", "Steuerungsgruppe", "electorateName", "Pflegekonferenz", "electedOn", "12.03.2026",
                    "seatsToFill", 1, "voters", 9,
                    "elected", List.of(Map.of("name", "Jana Vogel", "partnerName", "Pflegedienst Sonnenschein",
                            "votes", "6 Stimmen", "until", "11.03.2028")),
                    "candidates", List.of(Map.of("name", "Jana Vogel", "votes", "6 Stimmen", "elected", true),
                            Map.of("name", "Tom Richter", "votes", "3 Stimmen", "elected", false))),
                    List.of("Steuerungsgruppe", "Pflegekonferenz", "12.03.2026", "Jana Vogel",
                            "Pflegedienst Sonnenschein", "11.03.2028"));
            case DEADLINE_REMINDER, DEADLINE_OVERDUE -> new Occasion(Map.of("networkName", networkName,
                    "title", "Datenlieferung nach § 4", "responsibleName", "Kreis Steinfurt",
                    "recipientName", "Landschaftsverband Westfalen-Lippe", "referenceDate", "31.12.2026",
                    "dueOn", "30.04.2027", "when", kind == MessageKind.DEADLINE_REMINDER ? "in 14 Tagen" : "seit 3 Tagen"),
                    List.of("Datenlieferung nach § 4", "Kreis Steinfurt", "30.04.2027"));
            case MEETING_DUE_REMINDER -> new Occasion(Map.of("networkName", networkName,
                    "bodyName", "Pflegekonferenz", "dueOn", "31.03.2027", "when", "in 30 Tagen", "past", false,
                    "lastMeeting", "02.04.2026"),
                    List.of("Pflegekonferenz", "31.03.2027", "02.04.2026"));
            case SEAT_TERM_ENDING -> new Occasion(Map.of("networkName", networkName,
                    "bodyName", "Steuerungsgruppe", "holderName", "Jana Vogel",
                    "partnerName", "Pflegedienst Sonnenschein", "dueOn", "11.03.2028", "when", "in 30 Tagen"),
                    List.of("Steuerungsgruppe", "Jana Vogel", "11.03.2028"));
            case REVIEW_DUE_REMINDER -> new Occasion(Map.of("networkName", networkName,
                    "agreementTitle", "Rahmenvereinbarung Leipziger Kooperation Pflege", "dueOn", "30.06.2027",
                    "when", "in 30 Tagen", "past", false, "termEnd", "31.12.2027"),
                    List.of("Rahmenvereinbarung Leipziger Kooperation Pflege", "30.06.2027"));
        };
    }

    private static void rendered(MessageKind kind, RenderedMessage message) {
        assertThat(message.subject()).as(kind + " subject").isNotBlank().doesNotContain("\n", "\r")
                .doesNotContainPattern(UNRENDERED);
        assertThat(message.text()).as(kind + " text").doesNotContainPattern(UNRENDERED)
                .startsWith("Guten Tag").contains("Mit freundlichen Grüßen");
        assertThat(message.html()).as(kind + " HTML").doesNotContainPattern(UNRENDERED)
                .contains("Guten Tag", "Mit freundlichen Grüßen").containsIgnoringCase("</html>");
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void rendersEveryKindInGermanWithWhatItsOccasionGives(MessageKind kind) {
        Occasion occasion = occasion(kind, "Leipziger Kooperation Pflege");

        RenderedMessage message = templates().render(kind, occasion.values());

        rendered(kind, message);
        assertThat(message.subject() + "\n" + message.text()).as(kind + " subject and text")
                .contains("Leipziger Kooperation Pflege").contains(occasion.shown());
        // the HTML may escape what it shows (umlauts as entities, quotes), but not lose it
        assertThat(message.html()).as(kind + " HTML").containsAnyOf("Leipziger Kooperation Pflege",
                "Leipziger&nbsp;Kooperation&nbsp;Pflege");
    }

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void escapesValuesInHtmlButNotInSubjectAndText(MessageKind kind) {
        String name = "Pflege & Teilhabe <Nord> „Grünau“";

        RenderedMessage message = templates().render(kind, occasion(kind, name).values());

        assertThat(message.subject() + message.text()).as(kind.name()).contains(name);
        assertThat(message.html()).as(kind.name()).contains(escaped("Pflege & Teilhabe <Nord>"))
                .doesNotContain("<Nord>", "Teilhabe & ");
    }

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void valuesLeftOutLeaveNothingUnrendered(MessageKind kind) {
        Map<String, Object> some = new HashMap<>(occasion(kind, "Leipziger Kooperation Pflege").values());
        some.keySet().removeIf(key -> !key.equals("networkName"));

        rendered(kind, templates().render(kind, Map.of()));
        rendered(kind, templates().render(kind, some));
    }
}
