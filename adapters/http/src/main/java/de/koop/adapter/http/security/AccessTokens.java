package de.koop.adapter.http.security;

import de.koop.domain.access.User;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issues the short-lived access tokens: the user's id as subject, issuer and audience (checked on every
 * request, as are expiry and not-before), and the user's rights at issue time. The username, which may
 * be an e-mail address, is not in the token.
 */
@Singleton
public class AccessTokens {

    public static final String ADMINISTRATOR = "adm";
    public static final String NETWORKS = "net";

    private final JwtTokenGenerator generator;
    private final Clock clock;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;

    public AccessTokens(JwtTokenGenerator generator,
                        @Value("${micronaut.security.token.jwt.claims-validators.issuer}") String issuer,
                        @Value("${micronaut.security.token.jwt.claims-validators.audience}") String audience,
                        @Value("${koop.security.access-token-lifetime:15m}") Duration lifetime) {
        if (lifetime.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalStateException("access tokens live at most 15 minutes");
        }
        this.generator = generator;
        // the validators read the system clock, so the token's times must come from it too, whatever day
        // the application's clock says it is
        this.clock = Clock.systemUTC();
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
    }

    public String issue(User user) {
        Instant now = Instant.now(clock);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.getId().toString());
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put(ADMINISTRATOR, user.isAdministrator());
        Map<String, String> networks = new LinkedHashMap<>();
        user.getGrants().forEach((network, grant) -> networks.put(network.toString(),
                grant.role().name() + grant.partnerId().map(p -> ":" + p).orElse("")));
        claims.put(NETWORKS, networks);
        return generator.generateToken(claims).orElseThrow(() -> new IllegalStateException("no token generated"));
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
