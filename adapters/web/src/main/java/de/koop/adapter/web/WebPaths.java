package de.koop.adapter.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The paths of the web interface, named one by one so that its session, form token and error pages never
 * reach the API ({@code /api/…}, {@code /oparl/…}), which stays with bearer tokens and problem+json.
 */
public final class WebPaths {

    public static final String START = "/";
    public static final String SIGN_IN = "/anmelden";
    public static final String SIGN_OUT = "/abmelden";
    public static final String NETWORKS = "/netzwerke";
    public static final String ASSETS = "/assets";
    /** The public directory's pages: open to anyone, like the API's public directory. */
    public static final String DIRECTORY = "/verzeichnis";

    private static final List<String> PREFIXES = List.of(SIGN_IN, SIGN_OUT, NETWORKS, ASSETS, DIRECTORY);
    private static final List<String> PUBLIC = List.of(SIGN_IN, ASSETS, DIRECTORY);

    /** The session filter's pattern: the same paths as {@link #isWeb}, for micronaut-session's configuration. */
    public static final String SESSION_PATTERN = "^/($|(anmelden|abmelden|netzwerke|verzeichnis)(/.*)?$)";

    /** The sign-in form's field (and the sign-in page's parameter) naming the page to return to. */
    public static final String RETURN_TO = "weiter";

    /** Longer addresses are not returned to: no page of koop has one. */
    private static final int MAX_RETURN_TO = 2000;

    private WebPaths() {
    }

    /** Whether a path belongs to the web interface. */
    public static boolean isWeb(String rawPath) {
        String path = normalise(rawPath);
        return path.equals(START) || PREFIXES.stream().anyMatch(prefix -> under(path, prefix));
    }

    /** Whether anyone may open it without signing in: the sign-in page, styles and scripts, the public directory. */
    public static boolean isPublic(String rawPath) {
        String path = normalise(rawPath);
        return PUBLIC.stream().anyMatch(prefix -> under(path, prefix));
    }

    /** The sign-out form's address. */
    public static boolean isSignOut(String rawPath) {
        return under(normalise(rawPath), SIGN_OUT);
    }

    /** Pages, as opposed to styles, scripts and fonts. */
    public static boolean isPage(String rawPath) {
        return isWeb(rawPath) && !under(normalise(rawPath), ASSETS);
    }

    /**
     * A page to return to after signing in, from an address a request named: a path of this server only (no
     * scheme, no host, nothing that a browser would read as another host), to a page that needs signing in,
     * with its query; empty for anything else, so that no link sends anyone elsewhere after signing in.
     */
    public static Optional<String> returnTo(String target) {
        if (target == null || target.length() > MAX_RETURN_TO || !target.startsWith("/") || target.startsWith("//")
                || target.startsWith("/\\")) {
            return Optional.empty();
        }
        URI uri;
        try {
            // refuses spaces, control characters and backslashes, which browsers would read in their own ways
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !isPage(path) || isPublic(path)
                || under(normalise(path), SIGN_OUT) || normalise(path).equals(START)) {
            return Optional.empty();
        }
        return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The sign-in page, returning to the page after signing in where there is one to return to. */
    public static String signIn(Optional<String> returnTo) {
        return returnTo.filter(page -> !page.equals(NETWORKS))
                .map(page -> SIGN_IN + "?" + RETURN_TO + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8))
                .orElse(SIGN_IN);
    }

    /** A network's dashboard. */
    public static String dashboard(String networkId) {
        return NETWORKS + "/" + networkId;
    }

    /** A network's partners. */
    public static String partners(String networkId) {
        return dashboard(networkId) + "/partner";
    }

    /** A network's public directory. */
    public static String directory(String networkId) {
        return DIRECTORY + "/" + networkId;
    }

    /** One partner of a network. */
    public static String partner(String networkId, String partnerId) {
        return partners(networkId) + "/" + partnerId;
    }

    /** The form that registers a partner in a network. */
    public static String newPartner(String networkId) {
        return partners(networkId) + "/neu";
    }

    /** The form that changes a partner's master data and contacts. */
    public static String editPartner(String networkId, String partnerId) {
        return partner(networkId, partnerId) + "/bearbeiten";
    }

    /** A network's bodies (organs). */
    public static String bodies(String networkId) {
        return dashboard(networkId) + "/gremien";
    }

    /** One body of a network, with its seats and meetings. */
    public static String body(String networkId, String bodyId) {
        return bodies(networkId) + "/" + bodyId;
    }

    /** A network's meetings. */
    public static String meetings(String networkId) {
        return dashboard(networkId) + "/sitzungen";
    }

    /** One meeting: its planning, agenda and invitation. */
    public static String meeting(String networkId, String meetingId) {
        return meetings(networkId) + "/" + meetingId;
    }

    /** Where a meeting held is recorded: attendance, decisions, minutes, closing. */
    public static String meetingRecord(String networkId, String meetingId) {
        return meeting(networkId, meetingId) + "/protokoll";
    }

    /** A network's declarations (accessions, readiness, terminations). */
    public static String declarations(String networkId) {
        return dashboard(networkId) + "/erklaerungen";
    }

    /** A network's messages that could not be delivered. */
    public static String messages(String networkId) {
        return dashboard(networkId) + "/nachrichten";
    }

    /** One message of a network, with what became of it. */
    public static String message(String networkId, String notificationId) {
        return messages(networkId) + "/" + notificationId;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /**
     * The path as the router reads it, so that the decisions here are the router's: it ignores a trailing slash,
     * but not case (/NETZWERKE is no page) nor a doubled slash (/netzwerke//x neither).
     */
    private static String normalise(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
