package de.koop.adapter.http.security;

import de.koop.application.access.Actor;
import de.koop.application.access.CurrentActor;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import io.micronaut.context.annotation.Bean;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The actor of an HTTP request, as its access token says: the user's id (the subject), whether an
 * administrator, and the role per network ({@code ROLE[:partnerId]}, see {@link AccessTokens}). Without
 * a token, nobody is signed in.
 */
@Singleton
@Bean(typed = TokenActor.class)
public class TokenActor implements CurrentActor {

    private final SecurityService security;

    public TokenActor(SecurityService security) {
        this.security = security;
    }

    @Override
    public Actor actor() {
        return of(security.getAuthentication().orElse(null));
    }

    /** The actor a request's authentication names; a grant the token garbles is left out, never widened. */
    public static Actor of(Authentication authentication) {
        if (authentication == null) {
            return Actor.anonymous();
        }
        Map<String, Object> claims = authentication.getAttributes();
        Map<NetworkId, User.Grant> networks = new HashMap<>();
        if (claims.get(AccessTokens.NETWORKS) instanceof Map<?, ?> granted) {
            granted.forEach((network, grant) -> grant(String.valueOf(network), String.valueOf(grant))
                    .ifPresent(g -> networks.put(NetworkId.parse(String.valueOf(network), "network"), g)));
        }
        return userId(authentication.getName()).map(id -> Actor.user(id, authentication.getName(),
                Boolean.TRUE.equals(claims.get(AccessTokens.ADMINISTRATOR)), networks)).orElse(Actor.anonymous());
    }

    /** koop signs only tokens whose subject is a user's id; anything else names nobody. */
    private static Optional<UserId> userId(String subject) {
        try {
            return Optional.of(UserId.parse(subject, "sub"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<User.Grant> grant(String network, String grant) {
        try {
            NetworkId.parse(network, "network");
            String[] parts = grant.split(":");
            return Optional.of(new User.Grant(NetworkRole.fromCode(parts[0], "role"),
                    parts.length > 1 ? Optional.of(PartnerId.parse(parts[1], "partnerId")) : Optional.empty()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
