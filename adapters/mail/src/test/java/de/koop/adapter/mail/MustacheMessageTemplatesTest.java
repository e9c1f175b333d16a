package de.koop.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.RenderedMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MustacheMessageTemplatesTest {

    private final MustacheMessageTemplates templates = new MustacheMessageTemplates();

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
                "am 15.03.2021", "in der Fassung 2", "- Logo: ja", "- Ansprechpersonen: nein");
        assertThat(message.html()).contains("Pflegedienst Sonnenschein", "Fassung 2");
    }

    @Test
    void valuesAreEscapedInHtmlButNotInPlainText() {
        RenderedMessage message = templates.render(MessageKind.ACCESSION_CONFIRMATION,
                accession("Müller & Söhne <Pflege>", false));

        assertThat(message.html()).contains("Müller &amp; Söhne &lt;Pflege&gt;").doesNotContain("<Pflege>");
        assertThat(message.text()).contains("Müller & Söhne <Pflege>", "- Logo: nein");
    }

    @Test
    void theTerminationConfirmationMentionsTheSuccessorDeadlineOnlyWhenThereIsOne() {
        Map<String, Object> values = new HashMap<>();
        values.put("networkName", "KEH");
        values.put("partnerName", "Kreis Steinfurt");
        values.put("agreementTitle", "Kooperationsvereinbarung");
        values.put("receivedOn", "30.06.2026");
        values.put("effectiveOn", "31.12.2026");
        values.put("ruleApplied", "sechs Monate zum Jahresende");

        String without = templates.render(MessageKind.TERMINATION_CONFIRMATION, values).text();
        values.put("successorDueBy", "30.06.2027");
        String with = templates.render(MessageKind.TERMINATION_CONFIRMATION, values).text();

        assertThat(without).contains("wirksam zum 31.12.2026").doesNotContain("Nachfolgevereinbarung");
        assertThat(with).contains("bis zum 30.06.2027 eine Nachfolgevereinbarung");
    }

    @Test
    void everyKindHasItsThreeTemplates() {
        for (MessageKind kind : MessageKind.values()) {
            RenderedMessage message = templates.render(kind, Map.of());
            assertThat(message.subject()).as(kind.name()).isNotBlank();
            assertThat(message.text()).as(kind.name()).isNotBlank();
            assertThat(message.html()).as(kind.name()).startsWith("<");
        }
    }
}
