package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's erasure: a contact person's name, e-mail and phone spread through partner, seat,
 * invitation, attendance, agenda, decision, minutes, declarations, obligations and mails; after the
 * erasure no text column of the MariaDB schema holds any of them, while the seat and the vote still count.
 */
class ErasureOnMariaDbTest extends KoopScenarios {

    private static final List<String> PERSONAL = List.of("Erika Mustermann", "erika.mustermann@pflege.example",
            "0341 555-1234");

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }

    @Test
    void anErasedPersonIsInNoTableWhileHerSeatAndHerVoteStillCount() {
        LeipzigFrameworkAgreement leipzig = LeipzigFrameworkAgreement.setUp(api);
        String base = leipzig.base();
        Api.Response partner = api.post(base + "/partners", """
                {"name": "Tagespflege Sonnenhof", "category": "SERVICE_PROVIDER",
                 "address": {"street": "Hauptstraße 1", "postalCode": "04103", "city": "Leipzig"},
                 "contacts": [{"name": "Erika Mustermann", "function": "Leitung", "phone": "0341 555-1234",
                               "email": "erika.mustermann@pflege.example"}]}""");
        String partnerId = partner.string("id");
        @SuppressWarnings("unchecked")
        String personId = (String) ((List<Map<String, Object>>) partner.json().get("contacts")).getFirst().get("id");
        assertThat(api.post(base + "/declarations/accessions", """
                {"agreementId": "%s", "partnerId": "%s", "acceptedVersion": 1,
                 "contact": {"organisation": "Sonnenhof", "name": "Erika Mustermann", "phone": "0341 555-1234",
                             "email": "erika.mustermann@pflege.example"},
                 "publishLogo": false, "publishContacts": false, "noCommercialSelfInterest": true,
                 "signedOn": "2021-03-12", "receivedOn": "2021-03-15", "recordedBy": "Katrin Böhme"}"""
                .formatted(leipzig.agreement(), partnerId)).status()).isEqualTo(201);
        assertThat(api.post(base + "/declarations/readiness", """
                {"partnerId": "%s", "personName": "Erika Mustermann", "personEmail": "erika.mustermann@pflege.example",
                 "workingGroups": ["AG Wohnen"], "receivedOn": "2025-02-01", "recordedBy": "Katrin Böhme"}"""
                .formatted(partnerId)).status()).isEqualTo(201);
        String body = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"],
                 "responsibilities": "Leitung: Erika Mustermann"}""")
                .string("id");
        assertThat(api.post(base + "/bodies/" + body + "/seats", """
                {"holderName": "Erika Mustermann", "personId": "%s", "partnerId": "%s", "from": "2025-01-01"}"""
                .formatted(personId, partnerId)).status()).isEqualTo(201);
        String meeting = base + "/meetings/" + api.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2025-03-12T14:00", "format": "IN_PERSON"}""".formatted(body)).string("id");
        api.post(meeting + "/agenda", "{\"title\": \"Wohnprojekt\", \"proposedBy\": \"Erika Mustermann\"}");
        api.post(meeting + "/agenda/1/accept", "");
        assertThat(api.post(meeting + "/invitation", "").status()).isEqualTo(200);
        assertThat(api.post(meeting + "/attendance", "{\"present\": [\"Erika Mustermann\"]}").status()).isEqualTo(200);
        assertThat(api.post(meeting + "/decisions", """
                {"motion": "Antrag von Erika Mustermann: das Wohnprojekt starten", "yes": 1, "no": 0, "abstain": 0,
                 "agendaItem": 1}""").status()).isEqualTo(201);
        assertThat(api.put(meeting + "/minutes", "{\"text\": \"Erika Mustermann (0341 555-1234) berichtet.\", "
                + "\"approvedOn\": \"2025-03-20\"}").status()).isEqualTo(200);
        String obligation = api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "Erfahrungsaustausch mit Erika Mustermann", "responsiblePartnerId": "%s",
                 "startsOn": "2024-03-15", "rule": {"type": "ONCE_A_YEAR"}}""".formatted(leipzig.agreement(), partnerId))
                .string("id");
        api.post(base + "/obligations/" + obligation + "/fulfilments",
                "{\"dueOn\": \"2024-12-31\", \"fulfilledOn\": \"2024-12-20\", \"note\": \"von Erika Mustermann geliefert\"}");
        String personalData = base + "/partners/" + partnerId + "/contacts/" + personId + "/personal-data";
        assertThat(tablesHolding(PERSONAL)).as("her data is spread before").contains("outbox", "body_seat",
                "meeting_invitee", "meeting", "declaration", "partner_contact", "obligation_fulfilment", "obligation",
                "body");

        Api.Response export = api.get(personalData);
        Api.Response erased = api.delete(personalData);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.body()).contains("Erika Mustermann", "0341 555-1234", "AG Wohnen", "Wohnprojekt");
        assertThat((List<?>) export.json().get("messages")).isNotEmpty();
        assertThat((List<?>) export.json().get("declarations")).hasSize(2);
        assertThat(export.json().get("mentions").toString()).contains("von Erika Mustermann geliefert",
                "Antrag von Erika Mustermann");
        assertThat(export.json().get("messages").toString()).contains("sentToThem=true").doesNotContain("Guten Tag");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(tablesHolding(PERSONAL)).isEmpty();
        String pseudonym = (String) erased.json().get("pseudonym");
        Map<String, Object> meetingNow = api.get(meeting).json();
        assertThat(meetingNow.toString()).contains(pseudonym).contains("yes=1");
        assertThat(api.get(base + "/bodies/" + body).body()).contains(pseudonym);
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) api.get(base + "/bodies/" + body).json().get("status");
        assertThat((List<?>) status.get("members")).hasSize(1);
        assertThat(api.get(base + "/audit").body()).contains("PersonalDataUseCase.erase").doesNotContain("Mustermann");
    }

    /** The tables with a text column holding any of the values, by SQL over the whole schema. */
    private List<String> tablesHolding(List<String> values) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = koop.context().getBean(TransactionOperations.class);
        return transactions.executeRead(status -> {
            List<String> found = new ArrayList<>();
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet columns = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                         + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext',"
                         + " 'longtext', 'tinytext')")) {
                List<String[]> all = new ArrayList<>();
                while (columns.next()) {
                    all.add(new String[] {columns.getString(1), columns.getString(2)});
                }
                for (String[] column : all) {
                    for (String value : values) {
                        try (Statement probe = status.getConnection().createStatement();
                             ResultSet hit = probe.executeQuery("SELECT COUNT(*) FROM `" + column[0] + "` WHERE LOWER(`"
                                     + column[1] + "`) LIKE '%" + value.toLowerCase() + "%'")) {
                            hit.next();
                            if (hit.getLong(1) > 0 && !found.contains(column[0])) {
                                found.add(column[0]);
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
    }
}
