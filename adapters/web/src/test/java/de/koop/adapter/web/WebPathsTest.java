package de.koop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the sign-in page may send someone after signing in: back to a page of koop, never elsewhere. */
class WebPathsTest {

    @Test
    void onlyPagesOfKoopThatNeedSigningInAreReturnedTo() {
        assertThat(WebPaths.returnTo("/netzwerke/x/fristen?von=1.1.2026&stand=offen"))
                .contains("/netzwerke/x/fristen?von=1.1.2026&stand=offen");
        assertThat(WebPaths.returnTo("/netzwerke/x#teil")).contains("/netzwerke/x");
        for (String elsewhere : List.of("https://example.org/", "//example.org", "/\\example.org", "///example.org",
                "/%0d%0aLocation:%20x", "netzwerke", "/anmelden", "/abmelden", "/", "/assets/koop.css",
                "/verzeichnis/x", "/api/v1/networks", "/netzwerke/a b", "/netzwerke/\u0000")) {
            assertThat(WebPaths.returnTo(elsewhere)).as(elsewhere).isEmpty();
        }
        assertThat(WebPaths.signIn(WebPaths.returnTo("/netzwerke/x/fristen?a=1&b=2")))
                .isEqualTo("/anmelden?weiter=%2Fnetzwerke%2Fx%2Ffristen%3Fa%3D1%26b%3D2");
        assertThat(WebPaths.signIn(WebPaths.returnTo("/netzwerke"))).isEqualTo("/anmelden");
    }
}
