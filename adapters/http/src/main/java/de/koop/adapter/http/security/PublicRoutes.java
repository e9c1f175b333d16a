package de.koop.adapter.http.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which requests need no sign-in, decided on the path alone, so that every route, also one added later,
 * asks for a sign-in unless named here: reading {@code /health}, {@code /openapi.yml} and the public
 * directory ({@code /api/v1/public/…}), the API's reference page ({@code /api-docs}), the OParl API ({@code /oparl/…}) with any method (it has only
 * routes that read), signing in, renewing and signing out. Who may do what once signed in is the
 * application's to decide ({@link AccessRule}). Paths are compared in lower case and without a trailing
 * slash, as the router may treat them alike.
 */
public final class PublicRoutes {

    private static final Pattern NETWORK = Pattern.compile("^/api/v1/networks/([^/]+)(/.*)?$");

    private PublicRoutes() {
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
                || path.equals("/api-docs") || path.startsWith("/api-docs/") || path.startsWith("/api/v1/public/")))
                || (method.equals("POST") && (path.equals("/api/v1/auth/login") || path.equals("/api/v1/auth/refresh")
                || path.equals("/api/v1/auth/logout")));
    }

    /** The network a path names, if it is one of a network's routes. */
    public static Optional<String> networkOf(String rawPath) {
        Matcher m = NETWORK.matcher(normalise(rawPath));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
