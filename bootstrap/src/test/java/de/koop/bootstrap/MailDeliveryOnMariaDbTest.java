package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailDeliveryOnMariaDbTest extends MailDeliveryScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb(RunningKoop.sendingTo(smtp.port(), MAX_ATTEMPTS));
    }

    /**
     * An address stored before koop refused what no mail server takes: the partner can still be read, and
     * an invitation reaches every other invitee while the one to that address fails on its own.
     */
    @Test
    void anInvitationReachesEveryoneElseWhenOneStoredAddressCannotBeSentTo() {
        String base = leipzig.base();
        String hospice = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Hospiz Leipzig",
                "SERVICE_PROVIDER", "hospiz@leipzig.example")).string("id");
        storeUnchecked("UPDATE partner_contact SET email = 'a;b@x.example' WHERE email = 'hospiz@leipzig.example'");
        String body = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Hospiz", "establishedOn": "2021-03-01",
                 "formats": ["IN_PERSON"]}""").string("id");
        for (String partner : List.of(leipzig.careService(), leipzig.city(), hospice)) {
            assertThat(api.post(base + "/bodies/" + body + "/seats", """
                    {"holderName": "Mitglied %s", "partnerId": "%s", "from": "2025-01-01"}"""
                    .formatted(partner.substring(0, 8), partner)).status()).isEqualTo(201);
        }
        String meeting = api.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2026-03-12T14:00", "format": "IN_PERSON"}""".formatted(body)).string("id");

        Api.Response invited = api.post(base + "/meetings/" + meeting + "/invitation", "");
        SmtpServer.await("the two invitations", Duration.ofSeconds(10), () -> smtp.received().size() >= 2);
        SmtpServer.await("the third parked", Duration.ofSeconds(15),
                () -> api.get("/api/v1/outbox?status=FAILED").number("totalItems") == 1);

        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(smtp.received()).flatExtracting(SmtpServer.Mail::to)
                .containsExactlyInAnyOrder("info@sonnenschein.example", "pflegenetz@leipzig.example");
        assertThat(api.get("/api/v1/outbox?status=SENT").number("totalItems")).isEqualTo(2);
        Map<String, Object> failed = api.get("/api/v1/outbox?status=FAILED").items().getFirst();
        assertThat(failed).containsEntry("recipient", "a;b@x.example").containsEntry("attempts", MAX_ATTEMPTS);
        assertThat((String) failed.get("lastError")).startsWith("AddressException");
        Api.Response partner = api.get(base + "/partners/" + hospice);
        assertThat(partner.status()).as("still readable, to be corrected").isEqualTo(200);
        assertThat(partner.body()).contains("a;b@x.example");
    }

    /** Writes around koop's checks, as an older version of koop would have. */
    private void storeUnchecked(String update) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = koop.context().getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                assertThat(statement.executeUpdate(update)).isEqualTo(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
