package de.koop.adapter.web;

import de.koop.domain.access.User;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.HttpSessionConfiguration;
import io.micronaut.session.http.HttpSessionFilter;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions of the web interface (micronaut-session, a cookie that scripts cannot read): who is signed
 * in, with the same attributes as the API's access token, so that both adapters give the use cases the same
 * caller; and the form token every form carries against cross-site requests.
 * <p>
 * Signing in throws the old session away and starts a new one, so that an id someone planted before
 * (session fixation) is worth nothing after. Micronaut ends a session after
 * {@code micronaut.session.max-inactive-interval} without requests; it has no absolute limit, so a session
 * older than {@code koop.web.session.absolute-timeout} counts as signed out here.
 */
@Singleton
public class WebSessions {

    /** The attributes of the API's access token: the administrator flag and the roles by network. */
    public static final String ADMINISTRATOR = "adm";
    public static final String NETWORKS = "net";

    static final String FORM_TOKEN_FIELD = "csrfToken";
    static final String FORM_TOKEN_HEADER = "X-CSRF-TOKEN";

    private static final String USER = "koop.user";
    private static final String SIGNED_IN_AT = "koop.signedInAt";
    private static final String RIGHTS_READ_AT = "koop.rightsReadAt";
    private static final String FORM_TOKEN = "koop.formToken";

    private final SessionStore<Session> store;
    private final HttpSessionConfiguration cookies;
    private final Clock clock;
    private final Duration absoluteTimeout;
    private final Duration rightsLifetime;
    private final SecureRandom random = new SecureRandom();

    public WebSessions(SessionStore<Session> store, HttpSessionConfiguration cookies,
                       @Value("${koop.web.session.absolute-timeout:8h}") Duration absoluteTimeout,
                       @Value("${koop.security.access-token-lifetime:15m}") Duration rightsLifetime) {
        this.store = store;
        this.cookies = cookies;
        // session ages are real time, whatever day the application's clock says it is
        this.clock = Clock.systemUTC();
        this.absoluteTimeout = absoluteTimeout;
        this.rightsLifetime = rightsLifetime;
    }

    /** The form token of the request's session, starting an anonymous session when there is none. */
    public String formToken(HttpRequest<?> request) {
        Session session = SessionForRequest.findOrCreate(request, store);
        return session.get(FORM_TOKEN, String.class).orElseGet(() -> {
            String token = newToken();
            session.put(FORM_TOKEN, token);
            return token;
        });
    }

    /** Whether a posted form token is the session's. */
    boolean formTokenMatches(HttpRequest<?> request, String posted) {
        if (posted == null || posted.isEmpty()) {
            return false;
        }
        return SessionForRequest.find(request).flatMap(s -> s.get(FORM_TOKEN, String.class))
                .map(token -> MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                        posted.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    /** Signs the user in, in a new session (a new id and a new form token). */
    public void signIn(HttpRequest<?> request, User user) {
        SessionForRequest.find(request).ifPresent(old -> store.deleteSession(old.getId()));
        Session session = SessionForRequest.create(store, request);
        Instant now = Instant.now(clock);
        session.put(USER, user.getId().toString());
        session.put(SIGNED_IN_AT, now.toEpochMilli());
        session.put(FORM_TOKEN, newToken());
        putRights(session, user, now);
    }

    /** Ends the session and tells the browser to forget its cookie. */
    public void signOut(HttpRequest<?> request, MutableHttpResponse<?> response) {
        SessionForRequest.find(request).ifPresent(session -> store.deleteSession(session.getId()));
        // without a session in the request, the session filter sets no cookie of its own
        request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE.toString());
        Cookie cookie = Cookie.of(cookies.getCookieName(), "").maxAge(0).httpOnly(true)
                .secure(cookies.isCookieSecure().orElse(request.isSecure()));
        cookies.getCookiePath().ifPresent(cookie::path);
        cookies.getCookieSameSite().ifPresent(cookie::sameSite);
        response.cookie(cookie);
    }

    /** The signed-in user's id, unless nobody is signed in or the session is older than the absolute limit. */
    Optional<String> userId(HttpRequest<?> request) {
        return SessionForRequest.find(request).filter(this::withinAbsoluteLimit).flatMap(s -> s.get(USER, String.class));
    }

    /** Whether the rights in the session are older than an access token may be, and must be read again. */
    boolean rightsOutdated(HttpRequest<?> request) {
        return SessionForRequest.find(request).flatMap(s -> s.get(RIGHTS_READ_AT, Long.class))
                .map(readAt -> Instant.ofEpochMilli(readAt).plus(rightsLifetime).isBefore(Instant.now(clock)))
                .orElse(true);
    }

    /** The authentication the session holds, as the API's access token would give it. */
    Optional<Authentication> authentication(HttpRequest<?> request) {
        Optional<Session> session = SessionForRequest.find(request).filter(this::withinAbsoluteLimit);
        return session.flatMap(s -> s.get(USER, String.class).map(user -> {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put(ADMINISTRATOR, s.get(ADMINISTRATOR, Boolean.class).orElse(false));
            attributes.put(NETWORKS, s.get(NETWORKS, Map.class).orElse(Map.of()));
            return Authentication.build(user, attributes);
        }));
    }

    /** Puts the user's current rights into the request's session. */
    void refreshRights(HttpRequest<?> request, User user) {
        SessionForRequest.find(request).ifPresent(session -> putRights(session, user, Instant.now(clock)));
    }

    /** Signs out a session whose user no longer exists. */
    void forget(HttpRequest<?> request) {
        SessionForRequest.find(request).ifPresent(session -> {
            session.remove(USER);
            session.remove(ADMINISTRATOR);
            session.remove(NETWORKS);
        });
    }

    /** The attributes of {@code de.koop.adapter.http.security.AccessTokens#issue}: {@code ROLE[:partnerId]} by network. */
    static Map<String, Object> rights(User user) {
        Map<String, String> networks = new LinkedHashMap<>();
        user.getGrants().forEach((network, grant) -> networks.put(network.toString(),
                grant.role().name() + grant.partnerId().map(p -> ":" + p).orElse("")));
        Map<String, Object> rights = new LinkedHashMap<>();
        rights.put(ADMINISTRATOR, user.isAdministrator());
        rights.put(NETWORKS, networks);
        return rights;
    }

    private static void putRights(Session session, User user, Instant now) {
        rights(user).forEach(session::put);
        session.put(RIGHTS_READ_AT, now.toEpochMilli());
    }

    private boolean withinAbsoluteLimit(Session session) {
        return session.get(SIGNED_IN_AT, Long.class)
                .map(at -> Instant.ofEpochMilli(at).plus(absoluteTimeout).isAfter(Instant.now(clock)))
                .orElse(true);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
