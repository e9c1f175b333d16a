package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.client.ApiClient;
import de.koop.client.ApiException;
import de.koop.client.api.AuthApi;
import de.koop.client.api.NetworksApi;
import de.koop.client.api.PartnersApi;
import de.koop.client.model.AuthControllerTokens;
import de.koop.client.model.NetworkRegistration;
import de.koop.client.model.NetworkResponse;
import de.koop.client.model.PartnerCategory;
import de.koop.client.model.PartnerRegistration;
import de.koop.client.model.PartnerResponse;
import de.koop.client.model.PostalAddress;
import de.koop.client.model.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client developer's first steps: the Java client openapi-generator makes from the OpenAPI document the
 * build just wrote (bootstrap's pom.xml) compiles with these tests, and with it a client signs in, registers
 * a network and a partner in it and reads the partner back from a running koop.
 */
class GeneratedClientTest {

    @Test
    void aGeneratedClientSignsInRegistersAPartnerAndReadsItBack() throws ApiException {
        try (RunningKoop koop = RunningKoop.inMemory()) {
            ApiClient client = new ApiClient();
            client.updateBaseUri(koop.anonymousApi().baseUri().toString().replaceAll("/$", ""));
            AuthControllerTokens tokens = new AuthApi(client)
                    .signIn(new SignIn().username(RunningKoop.ADMIN).password(RunningKoop.ADMIN_PASSWORD));
            assertThat(tokens.getTokenType().getValue()).isEqualTo("Bearer");
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + tokens.getAccessToken()));

            NetworkResponse network = new NetworksApi(client).registerNetwork(new NetworkRegistration()
                    .name("Netzwerk aus dem Client").region("Stadt Leipzig").open(true));
            UUID networkId = UUID.fromString(network.getId());
            PartnersApi partners = new PartnersApi(client);
            PartnerResponse registered = partners.registerPartner(networkId, new PartnerRegistration()
                    .name("Klinikum am Park").category(PartnerCategory.HOSPITAL)
                    .address(new PostalAddress().street("Parkweg 1").postalCode("04103").city("Leipzig")));
            PartnerResponse read = partners.getPartner(networkId, UUID.fromString(registered.getId()), null);

            assertThat(read.getName()).isEqualTo("Klinikum am Park");
            assertThat(read.getCategory().getCode()).isEqualTo("HOSPITAL");
            assertThat(read.getAddress().getCity()).isEqualTo("Leipzig");
            assertThat(read.getNetworkId()).isEqualTo(network.getId());
            ApiClient stranger = new ApiClient();
            stranger.updateBaseUri(client.getBaseUri());
            assertThatThrownBy(() -> new AuthApi(stranger).signIn(new SignIn().username(RunningKoop.ADMIN)
                    .password("ein falsches Kennwort"))).isInstanceOfSatisfying(ApiException.class,
                    refused -> assertThat(refused.getCode()).isEqualTo(401));
        }
    }
}
