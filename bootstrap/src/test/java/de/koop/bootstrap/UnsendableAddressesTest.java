package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses no mail server takes are refused where they are entered: 400 problem+json naming the field,
 * nothing written. A contact e-mail is one mailbox (RFC 5322 addr-spec), as Jakarta Mail parses it strictly.
 */
class UnsendableAddressesTest extends KoopScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b@x.example", "a;b@x.example", "o\\\"brien@x.example", "a>b@x.example",
            "\\\"a b\\\"@x.example", "jörg@x.example"})
    void aPartnersContactWithAnAddressNoMailServerTakesIsRefusedNamingTheField(String email) {
        String base = "/api/v1/networks/" + api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");

        Api.Response refused = api.post(base + "/partners",
                CoordinatorApiScenarios.partnerJson("Pflegedienst Sonnenschein", "SERVICE_PROVIDER", email));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(errors(refused)).containsExactly(Map.of("field", "contacts[0].email",
                "reason", "ist keine gültige E-Mail-Adresse"));
        assertThat(api.get(base + "/partners").items()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b@x.example", "a;b@x.example", "o\\\"brien@x.example", "a>b@x.example"})
    void anAccessionsContactWithSuchAnAddressIsRefusedAndNothingRecorded(String email) {
        LeipzigFrameworkAgreement leipzig = LeipzigFrameworkAgreement.setUp(api);

        Api.Response refused = api.post(leipzig.base() + "/declarations/accessions", """
                {"agreementId": "%s", "partnerId": "%s", "acceptedVersion": 1,
                 "contact": {"organisation": "Pflegedienst", "name": "Jana Vogel", "phone": "0341 301-7788",
                             "email": "%s"},
                 "publishLogo": true, "publishContacts": false, "noCommercialSelfInterest": true,
                 "signedOn": "2021-03-12", "receivedOn": "2021-03-15", "recordedBy": "Katrin Böhme"}"""
                .formatted(leipzig.agreement(), leipzig.careService(), email));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("contact.email");
        assertThat(api.get(leipzig.base() + "/declarations").items()).isEmpty();
        assertThat(api.get("/api/v1/outbox").items()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Api.Response response) {
        return (List<Map<String, Object>>) response.json().get("errors");
    }
}
