package de.koop.adapter.http.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call what, decided on the path alone, so that every route, also one added later, is covered:
 * what is not named here is for administrators only.
 * <ul>
 *   <li>anyone: reading {@code /health}, {@code /openapi.yml} and the public directory ({@code /api/v1/public/…}),
 *       the OParl API ({@code /oparl/…}) with any method (it has only routes that read), signing in, renewing
 *       and signing out;</li>
 *   <li>anyone signed in: {@code /api/v1/auth/me};</li>
 *   <li>a coordinator of a network: everything under {@code /api/v1/networks/{id}};</li>
 *   <li>a member of a network: reading under it (not the audit trail, not a person's data export), proposing agenda items, recording its own partner's
 *       readiness (the partner is checked where it is recorded);</li>
 *   <li>an administrator: everything.</li>
 * </ul>
 * Paths are compared in lower case and without a trailing slash, as the router may treat them alike.
 */
public final class Access {

    /** The outcome: allowed, not signed in, or not allowed (hidden as not found where a network is named). */
    public enum Decision {
        ALLOWED,
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND
    }

    private static final Pattern NETWORK = Pattern.compile("^/api/v1/networks/([^/]+)(/.*)?$");
    private static final Pattern PROPOSE = Pattern.compile("^/meetings/[^/]+/agenda$");
    private static final Pattern DECLARE = Pattern.compile("^/declarations/readiness$");

    private Access() {
    }

    public static String normalise(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    public static boolean isPublic(String method, String rawPath) {
        String path = normalise(rawPath);
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        // the OParl API only reads (a test holds it to that): any other method is the router's to refuse
        // with 405, since signing in would not make it allowed
        return path.equals("/oparl") || path.startsWith("/oparl/")
                || (read && (path.equals("/health") || path.startsWith("/health/") || path.equals("/openapi.yml")
                || path.startsWith("/api/v1/public/")))
                || (method.equals("POST") && (path.equals("/api/v1/auth/login") || path.equals("/api/v1/auth/refresh")
                || path.equals("/api/v1/auth/logout")));
    }

    /** The network a path names, if it is one of a network's routes. */
    public static Optional<String> networkOf(String rawPath) {
        Matcher m = NETWORK.matcher(normalise(rawPath));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static Decision decide(String method, String rawPath, Optional<Caller> caller) {
        if (isPublic(method, rawPath)) {
            return Decision.ALLOWED;
        }
        if (caller.isEmpty()) {
            return Decision.UNAUTHENTICATED;
        }
        if (caller.get().administrator()) {
            return Decision.ALLOWED;
        }
        String path = normalise(rawPath);
        if (path.equals("/api/v1/auth/me") && method.equals("GET")) {
            return Decision.ALLOWED;
        }
        Matcher network = NETWORK.matcher(path);
        if (!network.matches()) {
            return Decision.FORBIDDEN;
        }
        Optional<String> role = caller.get().roleIn(network.group(1));
        if (role.isEmpty()) {
            return Decision.NOT_FOUND;
        }
        if (role.get().equals("COORDINATOR")) {
            return Decision.ALLOWED;
        }
        String rest = network.group(2) == null ? "" : network.group(2);
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && !rest.startsWith("/audit") && !rest.endsWith("/personal-data")) {
            return Decision.ALLOWED;
        }
        if (method.equals("POST") && (PROPOSE.matcher(rest).matches() || DECLARE.matcher(rest).matches())) {
            return Decision.ALLOWED;
        }
        return Decision.FORBIDDEN;
    }
}
