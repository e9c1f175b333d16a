package de.koop.adapter.http.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Optional;

/** Who calls, as the access token says: an administrator, or roles in networks ({@code ROLE[:partnerId]}). */
public record Caller(String userId, boolean administrator, Map<String, String> networks) {

    public Caller {
        networks = Map.copyOf(networks);
    }

    public static Optional<Caller> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Map<String, Object> claims = authentication.getAttributes();
        Map<String, String> networks = new java.util.HashMap<>();
        if (claims.get(AccessTokens.NETWORKS) instanceof Map<?, ?> granted) {
            granted.forEach((network, role) -> networks.put(String.valueOf(network).toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(role)));
        }
        return Optional.of(new Caller(authentication.getName(), Boolean.TRUE.equals(claims.get(AccessTokens.ADMINISTRATOR)),
                networks));
    }

    /** The role in a network ({@code COORDINATOR} or {@code MEMBER}), if any. */
    public Optional<String> roleIn(String networkId) {
        return Optional.ofNullable(networks.get(networkId.toLowerCase(java.util.Locale.ROOT)))
                .map(grant -> grant.split(":")[0]);
    }

    /** The partner a member acts for in a network. */
    public Optional<String> partnerIn(String networkId) {
        return Optional.ofNullable(networks.get(networkId.toLowerCase(java.util.Locale.ROOT)))
                .map(grant -> grant.split(":")).filter(parts -> parts.length > 1).map(parts -> parts[1]);
    }
}
