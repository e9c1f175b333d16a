package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No personal data in the logs. Canary values go through sign-in, bad input, declarations, paths and
 * query strings, and mail to an SMTP server that is down; the console output of the shipped logging
 * configuration, access log included, in text and in JSON, must not contain any of them.
 */
class NoPersonalDataInLogsTest {

    private static final List<String> CANARIES = List.of("Kanarienvogel Zwitscher", "kanarie-7f3a@canary.example",
            "0341 777-7123", "Kanarienweg 7");

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void theLogsHoldNoneOfThePersonalDataThatWentThroughKoop(String format) throws Exception {
        List<String> lines;
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ShippedLogOutput captured = new ShippedLogOutput(format);
             RunningKoop koop = RunningKoop.inMemory(RunningKoop.sendingTo(closedPort, 2))) {
            Api api = koop.api();
            String base = "/api/v1/networks/" + api.post("/api/v1/networks",
                    CoordinatorApiScenarios.networkJson("Netz", "N", true)).string("id");
            String partner = api.post(base + "/partners", """
                    {"name": "Pflegedienst", "category": "OTHER",
                     "address": {"street": "Kanarienweg 7", "postalCode": "04103", "city": "Leipzig"},
                     "contacts": [{"name": "Kanarienvogel Zwitscher", "phone": "0341 777-7123",
                                   "email": "kanarie-7f3a@canary.example"}]}""").string("id");
            api.post(base + "/partners", """
                    {"name": "Kanarienvogel Zwitscher", "category": "UNBEKANNT",
                     "contacts": [{"name": "Kanarienvogel Zwitscher", "email": "kanarie-7f3a@canary.example kaputt"}]}""");
            koop.anonymousApi().post("/api/v1/auth/login",
                    "{\"username\": \"kanarie-7f3a@canary.example\", \"password\": \"Kanarienvogel Zwitscher\"}");
            LeipzigFrameworkAgreement leipzig = LeipzigFrameworkAgreement.setUp(api);
            Api.Response accession = api.post(leipzig.base() + "/declarations/accessions", """
                    {"agreementId": "%s", "partnerId": "%s", "acceptedVersion": 1,
                     "contact": {"organisation": "Pflegedienst", "name": "Kanarienvogel Zwitscher",
                                 "phone": "0341 777-7123", "email": "kanarie-7f3a@canary.example"},
                     "publishLogo": false, "publishContacts": false, "noCommercialSelfInterest": true,
                     "signedOn": "2021-03-12", "receivedOn": "2021-03-15", "recordedBy": "Kanarienvogel Zwitscher"}"""
                    .formatted(leipzig.agreement(), leipzig.careService()));
            assertThat(accession.status()).as(accession.toString()).isEqualTo(201);
            // a client may put anything into a path or a query string
            api.get(base + "/partners?name=Kanarienvogel%20Zwitscher&email=kanarie-7f3a@canary.example");
            api.get("/api/v1/networks/kanarie-7f3a@canary.example/partners");
            api.get("/api/v1/networks/Kanarienvogel%20Zwitscher");
            api.get("/api/v1/Kanarienweg%207");
            SmtpServer.await("the mail parked as failed", Duration.ofSeconds(15),
                    () -> api.get("/api/v1/outbox?status=FAILED").number("totalItems") >= 1);
            lines = captured.lines();
        }

        assertThat(lines).as("something was logged at all").isNotEmpty();
        assertThat(lines).as("the access log").anyMatch(line -> line.contains("POST /api/v1/networks/"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(CANARIES)
                .doesNotContain("Kanarienvogel%20Zwitscher", "Kanarienweg%207"));
        if (format.equals("json")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : lines) {
                JsonNode entry = json.readTree(line);
                assertThat(OffsetDateTime.parse(entry.get("@timestamp").asText())).as(line).isNotNull();
                assertThat(entry.get("level").asText()).as(line).isNotBlank();
            }
        }
    }
}
