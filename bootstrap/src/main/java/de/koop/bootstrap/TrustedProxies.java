package de.koop.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The addresses of the proxies whose {@code X-Request-Id} koop takes over ({@code koop.http.trusted-proxies}):
 * IP addresses only, so that no name is looked up and no client can claim to be a proxy.
 */
record TrustedProxies(Set<InetAddress> addresses) {

    private static final String IP_LITERAL = "[0-9A-Fa-f:.]+";

    TrustedProxies {
        addresses = Set.copyOf(addresses);
    }

    boolean trust(InetAddress address) {
        return addresses.contains(address);
    }

    /** The addresses of a comma-separated list, or nothing when one of them is not an IP address. */
    static Optional<TrustedProxies> parse(String list) {
        Set<InetAddress> addresses = new HashSet<>();
        for (String entry : list.split(",")) {
            String literal = entry.strip();
            if (literal.isEmpty()) {
                continue;
            }
            if (!literal.matches(IP_LITERAL) || !(literal.contains(":") || literal.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
                return Optional.empty();
            }
            try {
                // a literal is parsed, never resolved
                addresses.add(InetAddress.getByName(literal));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new TrustedProxies(addresses));
    }
}
