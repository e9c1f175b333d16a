package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outbox over HTTP: declarations write their German confirmation with the change itself. */
abstract class OutboxApiScenarios extends KoopScenarios {

    private LeipzigFrameworkAgreement leipzig;

    @BeforeEach
    void aFrameworkAgreementOpenForAccession() {
        leipzig = LeipzigFrameworkAgreement.setUp(api);
    }

    private List<Map<String, Object>> outbox() {
        Api.Response page = api.get("/api/v1/outbox");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.items();
    }

    @Test
    void anAccessionIsConfirmedInGermanToTheContactOfTheDeclaration() {
        Api.Response accession = leipzig.accede(true);

        List<Map<String, Object>> messages = outbox();

        assertThat(accession.status()).as(accession.toString()).isEqualTo(201);
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("kind", "ACCESSION_CONFIRMATION").containsEntry("status", "PENDING")
                    .containsEntry("recipient", "jana.vogel@sonnenschein.example")
                    .containsEntry("subject", "Bestätigung Ihres Beitritts zum Netzwerk „Leipziger Kooperation Pflege“");
            assertThat((String) m.get("text")).contains("Guten Tag Jana Vogel,", "Pflegedienst Sonnenschein",
                    "am 15.03.2021", "„Rahmenvereinbarung LeiKoP“ in der Fassung 1", "- Logo: ja",
                    "- Ansprechpersonen: nein");
            assertThat(api.get("/api/v1/outbox/" + m.get("id")).json()).containsEntry("subject", m.get("subject"));
        });
    }

    @Test
    void aTerminationIsConfirmedToThePartnersContactsWithTheDayItTakesEffect() {
        leipzig.accede(false);

        Api.Response termination = leipzig.terminate(leipzig.careService(), "2024-06-03");
        List<Map<String, Object>> messages = outbox();

        assertThat(termination.status()).as(termination.toString()).isEqualTo(201);
        assertThat(messages).extracting(m -> m.get("kind"))
                .containsExactly("TERMINATION_CONFIRMATION", "ACCESSION_CONFIRMATION");
        assertThat(messages.get(0)).containsEntry("recipient", "info@sonnenschein.example")
                .containsEntry("subject", "Bestätigung Ihrer Kündigung: „Rahmenvereinbarung LeiKoP“");
        assertThat((String) messages.get(0).get("text")).contains("am 03.06.2024", "wirksam zum 03.06.2024",
                "Die Vereinbarung kann jederzeit gekündigt werden; die Kündigung wirkt daher mit ihrem Eingang.")
                .doesNotContain("Angewandte Regel");
    }

    @Test
    void aRefusedDeclarationLeavesNoMessageBehind() {
        leipzig.accede(true);

        Api.Response again = leipzig.accede(true);
        Api.Response cityLeavesBeforeItJoined = leipzig.terminate(leipzig.city(), "2019-01-01");

        assertThat(again.status()).isEqualTo(422);
        assertThat(cityLeavesBeforeItJoined.status()).isBetween(400, 499);
        assertThat(outbox()).hasSize(1);
        assertThat(api.get("/api/v1/outbox?status=PENDING").number("totalItems")).isEqualTo(1);
        assertThat(api.get("/api/v1/outbox?status=SENT").number("totalItems")).isZero();
    }

    @Test
    void aDeclarationDatedAfterTodayIsRefusedNamingTheFieldAndLeavesNothingBehind() {
        Api.Response future = leipzig.terminate(leipzig.city(), "2099-01-01");
        Api.Response declarations = api.get(leipzig.base() + "/declarations");

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.problemFields()).containsExactly("receivedOn");
        assertThat(declarations.number("totalItems")).isZero();
        assertThat(outbox()).isEmpty();
    }

    @Test
    void everyKindOfMessageCanBePreviewedWithEveryValueFilledIn() {
        for (String kind : List.of("accession-confirmation", "termination-confirmation", "meeting-invitation",
                "minutes-distribution", "election-result", "deadline-reminder", "deadline-overdue",
                "meeting-due-reminder", "seat-term-ending", "review-due-reminder")) {
            Api.Response preview = api.get("/api/v1/message-templates/" + kind + "/preview");

            assertThat(preview.status()).as(kind).isEqualTo(200);
            assertThat(preview.string("text")).as(kind).contains("Guten Tag").doesNotContain("{{", "  ,", " „“");
            assertThat(preview.string("subject")).as(kind).doesNotContain("„“", "()");
        }
    }

    @Test
    void templatesCanBePreviewedWithExampleValues() {
        Api.Response preview = api.get("/api/v1/message-templates/accession-confirmation/preview");
        Api.Response unknown = api.get("/api/v1/message-templates/birthday-greeting/preview");
        Api.Response badStatus = api.get("/api/v1/outbox?status=LOST");
        Api.Response noSuchMessage = api.get("/api/v1/outbox/not-an-id");

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.string("subject")).startsWith("Bestätigung Ihres Beitritts");
        assertThat(preview.string("html")).contains("<html lang=\"de\">");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badStatus.problemFields()).containsExactly("status");
        assertThat(noSuchMessage.status()).isEqualTo(404);
    }
}
