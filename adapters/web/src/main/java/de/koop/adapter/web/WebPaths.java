package de.koop.adapter.web;

import java.util.List;
import java.util.Locale;

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

    /** Pages, as opposed to styles, scripts and fonts. */
    public static boolean isPage(String rawPath) {
        return isWeb(rawPath) && !under(normalise(rawPath), ASSETS);
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

    // the router may treat these alike, so the decisions must too
    private static String normalise(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
