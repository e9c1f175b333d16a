package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.SortKey;
import io.micronaut.transaction.TransactionOperations;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The erasure of a contact person: her name, e-mail and phone, the address and number she had before a
 * coordinator corrected them, written into every free-text field a coordinator can fill (network, partners,
 * other contacts' functions, agreement and annexes, declarations, bodies, seats, meetings, obligations), into
 * the mails koop sent to both addresses, and into a user account named after her old address. After the
 * erasure no text column of the MariaDB schema holds any of them (nor an attachment, nor a sort key), the
 * public directory and the OParl API no longer name her, and her account signs in no more; her seat and
 * her vote still count.
 */
class ErasureOnMariaDbTest extends KoopScenarios {

    private static final String NAME = "Erika Mustermann";
    private static final String PHONE = "0341 555-1234";
    private static final String OLD_PHONE = "0341 555-9876";
    // unique per run: an account of a run that failed half-way cannot stand in the way of the next
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String EMAIL = "erika.mustermann." + RUN + "@pflege.example";
    private static final String OLD_EMAIL = "erika.alt." + RUN + "@pflege.example";
    private static final List<String> PERSONAL = List.of(NAME, EMAIL, PHONE, OLD_EMAIL, OLD_PHONE, SortKey.of(NAME));
    private static final String PASSWORD = "Erikas-Passwort-2026";

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }

    @Test
    void anErasedPersonIsInNoTableNoAnswerAndNoAccountWhileHerSeatAndHerVoteStillCount() {
        String network = api.post("/api/v1/networks", """
                {"name": "Pflegenetz um %1$s", "shortName": "PNE", "region": "Leipzig, Büro %1$s",
                 "goals": "Vernetzung; Ansprechperson %1$s, %2$s, %3$s", "open": true}"""
                .formatted(NAME, EMAIL, PHONE)).string("id");
        String base = "/api/v1/networks/" + network;
        Api.Response city = api.post(base + "/partners", """
                {"name": "Stadt Leipzig", "category": "CITY_ADMINISTRATION",
                 "address": {"street": "Prager Straße 21", "postalCode": "04103", "city": "Leipzig"},
                 "contacts": [{"name": "Jana Vogel", "function": "Vertretung für %s", "phone": "0341 123-4501",
                               "email": "jana.vogel@leipzig.example"}]}""".formatted(NAME));
        String cityId = city.string("id");
        assertThat(api.put(base + "/partners/" + cityId + "/consents/CONTACTS", "{\"on\": \"2024-01-15\"}").status())
                .isEqualTo(200);
        String practiceJson = """
                {"name": "Praxis %1$s", "category": "MEDICAL_SERVICE",
                 "address": {"street": "c/o %1$s, Hauptstraße 1", "postalCode": "04103", "city": "Leipzig"},
                 "contacts": [{%4$s"name": "%1$s", "function": "Leitung", "phone": "%2$s", "email": "%3$s"}]%5$s}""";
        Api.Response practice = api.post(base + "/partners", practiceJson.formatted(NAME, OLD_PHONE, OLD_EMAIL, "", ""));
        String practiceId = practice.string("id");
        String personId = firstContact(practice);
        String agreement = api.post(base + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "Vereinbarung mit %1$s", "legalBasis": "Absprache mit %1$s",
                 "parties": ["%2$s"], "annexes": [{"title": "Liste von %1$s", "reference": "Ordner %1$s"}],
                 "term": {"type": "FIXED", "years": 5, "countedFrom": "EFFECTIVE_DATE", "reviewMonthsBefore": 6,
                          "renewal": "RENEW_UNLESS_CHANGE_NEEDED"},
                 "termination": {"type": "ANY_TIME"}, "concludedOn": "2019-11-20", "textReference": "Akte %1$s"}"""
                .formatted(NAME, cityId)).string("id");
        String agreementPath = base + "/agreements/" + agreement;
        assertThat(api.post(agreementPath + "/reviews", """
                {"heldOn": "2024-08-01", "changeNeeded": false, "note": "mit %s besprochen"}""".formatted(NAME))
                .status()).isEqualTo(201);
        assertThat(api.post(agreementPath + "/amendments", """
                {"proposedOn": "2025-01-10", "textReference": "Entwurf %1$s", "summary": "auf Wunsch von %1$s"}"""
                .formatted(NAME)).status()).isEqualTo(201);
        // her old address: the accession form, its confirmation, the readiness form, her account
        assertThat(api.post(base + "/declarations/accessions", """
                {"agreementId": "%s", "partnerId": "%s", "acceptedVersion": 1,
                 "contact": {"organisation": "Praxis %s", "name": "%s", "phone": "%s", "email": "%s"},
                 "publishLogo": false, "publishContacts": false, "noCommercialSelfInterest": true,
                 "signedOn": "2021-03-12", "receivedOn": "2021-03-15", "recordedBy": "%s"}"""
                .formatted(agreement, practiceId, NAME, NAME, OLD_PHONE, OLD_EMAIL, NAME)).status()).isEqualTo(201);
        String body = api.post(base + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG %1$s", "establishedOn": "2021-03-01", "formats": ["IN_PERSON"],
                 "requiredTopics": ["Bericht von %1$s"], "responsibilities": "Leitung: %1$s, %2$s"}"""
                .formatted(NAME, PHONE)).string("id");
        assertThat(api.post(base + "/declarations/readiness", """
                {"partnerId": "%s", "personName": "%s", "personEmail": "%s", "workingGroups": ["AG %s"],
                 "receivedOn": "2025-02-01", "recordedBy": "Katrin Böhme"}"""
                .formatted(practiceId, NAME, OLD_EMAIL, NAME)).status()).isEqualTo(201);
        assertThat(api.post(base + "/bodies/" + body + "/seats", """
                {"holderName": "%s", "personId": "%s", "partnerId": "%s", "from": "2025-01-01"}"""
                .formatted(NAME, personId, practiceId)).status()).isEqualTo(201);
        String account = api.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(OLD_EMAIL, PASSWORD)).string("id");
        assertThat(api.put("/api/v1/users/" + account + "/networks/" + network, "{\"role\": \"MEMBER\", \"partnerId\": \"%s\"}"
                .formatted(practiceId)).status()).isEqualTo(200);
        String refreshToken = koop.anonymousApi().post("/api/v1/auth/login", "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(OLD_EMAIL, PASSWORD)).string("refreshToken");
        String meeting = base + "/meetings/" + api.post(base + "/meetings", """
                {"bodyId": "%s", "startsAt": "2025-03-12T14:00", "format": "IN_PERSON", "place": "Praxis %s"}"""
                .formatted(body, NAME)).string("id");
        api.post(meeting + "/agenda", "{\"title\": \"Wohnprojekt von %s\", \"proposedBy\": \"%s\"}".formatted(NAME, NAME));
        api.post(meeting + "/agenda/2/accept", "");
        assertThat(api.post(meeting + "/invitation", "").status()).isEqualTo(200);
        // the coordinator corrects her address and number: what was sent before still holds the old ones
        Object version = api.get(base + "/partners/" + practiceId).json().get("version");
        assertThat(api.put(base + "/partners/" + practiceId, practiceJson.formatted(NAME, PHONE, EMAIL,
                "\"id\": \"" + personId + "\", ", ", \"version\": " + version)).status()).isEqualTo(200);
        assertThat(api.post(meeting + "/attendance", "{\"present\": [\"%s\"]}".formatted(NAME)).status()).isEqualTo(200);
        assertThat(api.post(meeting + "/decisions", """
                {"motion": "Antrag von %s: das Wohnprojekt starten", "yes": 1, "no": 0, "abstain": 0, "agendaItem": 2}"""
                .formatted(NAME)).status()).isEqualTo(201);
        assertThat(api.put(meeting + "/minutes", "{\"text\": \"%s (%s, %s) berichtet.\", \"approvedOn\": \"2025-03-20\"}"
                .formatted(NAME, PHONE, EMAIL)).status()).isEqualTo(200);
        String obligation = api.post(base + "/obligations", """
                {"agreementId": "%s", "title": "Erfahrungsaustausch mit %s", "responsiblePartnerId": "%s",
                 "startsOn": "2024-03-15", "rule": {"type": "ONCE_A_YEAR"}}""".formatted(agreement, NAME, cityId))
                .string("id");
        assertThat(api.post(base + "/obligations/" + obligation + "/fulfilments",
                "{\"dueOn\": \"2024-12-31\", \"fulfilledOn\": \"2024-12-20\", \"note\": \"von %s geliefert\"}"
                        .formatted(NAME)).status()).isEqualTo(201);
        String personalData = base + "/partners/" + practiceId + "/contacts/" + personId + "/personal-data";
        assertThat(tablesHolding(PERSONAL)).as("her data is spread before").contains("network", "partner",
                "partner_contact", "agreement", "agreement_annex", "agreement_version", "agreement_review", "declaration",
                "body", "body_seat", "meeting", "meeting_invitee", "meeting_agenda_item", "meeting_decision", "obligation",
                "obligation_fulfilment", "outbox", "app_user");
        assertThat(tableHolding("outbox", List.of(OLD_EMAIL))).as("a mail went to her old address").isTrue();
        assertThat(attachmentsHolding(PERSONAL)).as("the invitation's calendar event names her").isTrue();
        assertThat(publicAnswers(network)).contains(NAME);

        Api.Response export = api.get(personalData);
        Api.Response erased = api.delete(personalData);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.body()).contains(NAME, PHONE, OLD_EMAIL, OLD_PHONE, "Vertretung für " + NAME, "Liste von " + NAME);
        assertThat(export.json().get("accounts").toString()).contains(OLD_EMAIL);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(tablesHolding(PERSONAL)).isEmpty();
        assertThat(attachmentsHolding(PERSONAL)).isFalse();
        assertThat(publicAnswers(network)).doesNotContain("Mustermann").contains("Vertretung für Gelöschte Person");
        String pseudonym = (String) erased.json().get("pseudonym");
        assertThat(api.get(meeting).json().toString()).contains(pseudonym).contains("yes=1");
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) api.get(base + "/bodies/" + body).json().get("status");
        assertThat((List<?>) status.get("members")).hasSize(1);
        assertThat(api.get("/api/v1/users/" + account).json()).containsEntry("deleted", true)
                .containsEntry("username", "geloescht-" + account);
        assertThat(koop.anonymousApi().post("/api/v1/auth/login", "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(OLD_EMAIL, PASSWORD)).status()).isEqualTo(401);
        assertThat(koop.anonymousApi().post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(refreshToken))
                .status()).isEqualTo(401);
        assertThat(api.get(base + "/audit").body()).contains("PersonalDataUseCase.erase").doesNotContain("Mustermann",
                "pflege.example");
    }

    @SuppressWarnings("unchecked")
    private static String firstContact(Api.Response partner) {
        return (String) ((List<Map<String, Object>>) partner.json().get("contacts")).getFirst().get("id");
    }

    /** What koop publishes of the network: its public directory and the people of its OParl API. */
    private String publicAnswers(String network) {
        Api anonymous = koop.anonymousApi();
        return anonymous.get("/api/v1/public/networks/" + network + "/directory").body()
                + anonymous.get("/oparl/v1.1/bodies/" + network + "/persons").body();
    }

    /** The tables with a text column holding any of the values, by SQL over the whole schema. */
    private List<String> tablesHolding(List<String> values) {
        List<String[]> columns = read("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext',"
                + " 'longtext', 'tinytext')", 2);
        List<String> found = new ArrayList<>();
        for (String[] column : columns) {
            if (!found.contains(column[0]) && !read("SELECT 1 FROM `" + column[0] + "` WHERE " + anyOf("`" + column[1]
                    + "`", values) + " LIMIT 1", 1).isEmpty()) {
                found.add(column[0]);
            }
        }
        return found;
    }

    private boolean tableHolding(String table, List<String> values) {
        return tablesHolding(values).contains(table);
    }

    /**
     * Whether a file attached to a message names any of the values: attachments are stored in Base64, which
     * no SQL over the text finds, and an iCalendar file may fold a long line in the middle of a name.
     */
    private boolean attachmentsHolding(List<String> values) {
        return read("SELECT attachments FROM outbox WHERE attachments IS NOT NULL", 1).stream()
                .flatMap(row -> row[0].lines()).map(line -> line.substring(line.lastIndexOf('\t') + 1))
                .map(content -> new String(Base64.getDecoder().decode(content), StandardCharsets.UTF_8)
                        .replace("\r\n ", "").replace("\n ", "").toLowerCase(Locale.ROOT))
                .anyMatch(content -> values.stream().anyMatch(v -> content.contains(v.toLowerCase(Locale.ROOT))));
    }

    private static String anyOf(String column, List<String> values) {
        return String.join(" OR ", values.stream().map(v -> "LOWER(" + column + ") LIKE '%"
                + v.toLowerCase(Locale.ROOT).replace("'", "''") + "%'").toList());
    }

    private List<String[]> read(String sql, int width) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = koop.context().getBean(TransactionOperations.class);
        return transactions.executeRead(status -> {
            List<String[]> rows = new ArrayList<>();
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    rows.add(row);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }
}
