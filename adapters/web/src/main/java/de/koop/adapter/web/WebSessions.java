package de.koop.adapter.web;

import de.koop.application.port.in.SignInUseCase;
import de.koop.domain.access.User;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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
import java.util.function.Function;

/**
 * The sessions of the web interface (micronaut-session, a cookie that scripts cannot read): who is signed
 * in, with the same attributes as the API's access token, so that both adapters give the use cases the same
 * caller; and the form token every form carries against cross-site requests.
 * <p>
 * Signing in throws the old session away and starts a new one, so that an id someone planted before
 * (session fixation) is worth nothing after. Micronaut ends a session after
 * {@code micronaut.session.max-inactive-interval} without requests; it has no absolute limit, so a session
 * older than {@code koop.web.session.absolute-timeout} counts as signed out here. The rights in a session
 * are renewed as often as access tokens are ({@code koop.security.access-token-lifetime}, or, for tests,
 * {@code koop.web.session.rights-lifetime}).
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
    private static final String REFRESH_TOKEN = "koop.refreshToken";
    private static final String KEPT_FORM = "koop.keptForm";

    private final SessionStore<Session> store;
    private final HttpSessionConfiguration cookies;
    private final Clock clock;
    private final Duration absoluteTimeout;
    private final Duration rightsLifetime;
    private final SecureRandom random = new SecureRandom();

    public WebSessions(SessionStore<Session> store, HttpSessionConfiguration cookies,
                       @Value("${koop.web.session.absolute-timeout:8h}") Duration absoluteTimeout,
                       @Value("${koop.security.access-token-lifetime:15m}") Duration accessTokenLifetime,
                       @Nullable @Property(name = "koop.web.session.rights-lifetime") Duration rightsLifetime) {
        this.store = store;
        this.cookies = cookies;
        // session ages are real time, whatever day the application's clock says it is
        this.clock = Clock.systemUTC();
        this.absoluteTimeout = absoluteTimeout;
        this.rightsLifetime = rightsLifetime == null ? accessTokenLifetime : rightsLifetime;
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

    /**
     * Signs the user in, in a new session (a new id and a new form token). The sign-in's refresh token is
     * kept in the session, so that the rights are renewed as the API's are, and end when it is revoked.
     */
    public void signIn(HttpRequest<?> request, SignInUseCase.Session signedIn) {
        Optional<FormRestoration.KeptForm> kept = keptForm(request);
        SessionForRequest.find(request).ifPresent(old -> store.deleteSession(old.getId()));
        Session session = SessionForRequest.create(store, request);
        // what was typed before signing in goes along, to be put back into its form
        kept.ifPresent(form -> session.put(KEPT_FORM, form));
        Instant now = Instant.now(clock);
        session.put(USER, signedIn.user().getId().toString());
        session.put(SIGNED_IN_AT, now.toEpochMilli());
        session.put(FORM_TOKEN, newToken());
        renewed(session, signedIn, now);
    }

    /**
     * Ends the session and tells the browser to forget its cookie.
     *
     * @return the session's refresh token, for the caller to revoke
     */
    public Optional<String> signOut(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<String> refreshToken = SessionForRequest.find(request).flatMap(s -> s.get(REFRESH_TOKEN, String.class));
        SessionForRequest.find(request).ifPresent(session -> store.deleteSession(session.getId()));
        // without a session in the request, the session filter sets no cookie of its own
        request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE.toString());
        Cookie cookie = Cookie.of(cookies.getCookieName(), "").maxAge(0).httpOnly(true)
                .secure(cookies.isCookieSecure().orElse(request.isSecure()));
        cookies.getCookiePath().ifPresent(cookie::path);
        cookies.getCookieSameSite().ifPresent(cookie::sameSite);
        response.cookie(cookie);
        return refreshToken;
    }

    /** The signed-in user's id, unless nobody is signed in or the session is older than the absolute limit. */
    public Optional<String> userId(HttpRequest<?> request) {
        return SessionForRequest.find(request).filter(this::withinAbsoluteLimit).flatMap(s -> s.get(USER, String.class));
    }

    /** The refresh token that renews the session's rights, if the session is signed in. */
    Optional<String> refreshToken(HttpRequest<?> request) {
        return SessionForRequest.find(request).filter(this::withinAbsoluteLimit)
                .filter(s -> s.contains(USER)).flatMap(s -> s.get(REFRESH_TOKEN, String.class));
    }

    /** Whether the rights in the session are older than an access token may be, and must be renewed. */
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

    /**
     * Renews the session's rights with its refresh token, once for requests that arrive together (the token
     * is used up by the first); a revoked token (signed out elsewhere, sessions ended, account deleted) signs
     * the session out.
     */
    Optional<Authentication> renew(HttpRequest<?> request, Function<String, Optional<SignInUseCase.Session>> refresh) {
        Optional<Session> found = SessionForRequest.find(request);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        synchronized (session) {
            if (rightsOutdated(request)) {
                Optional<SignInUseCase.Session> renewed = session.get(REFRESH_TOKEN, String.class).flatMap(refresh);
                if (renewed.isPresent()) {
                    renewed(session, renewed.get(), Instant.now(clock));
                } else {
                    session.remove(USER);
                    session.remove(ADMINISTRATOR);
                    session.remove(NETWORKS);
                    session.remove(REFRESH_TOKEN);
                }
            }
        }
        return authentication(request);
    }

    /**
     * Keeps a form that arrived when nobody was signed in, in the request's session (a new one when it had
     * ended), for after signing in; replaces one kept before.
     */
    void keepForm(HttpRequest<?> request, FormRestoration.KeptForm form) {
        SessionForRequest.findOrCreate(request, store).put(KEPT_FORM, form);
    }

    /** The form kept for after signing in, if any. */
    Optional<FormRestoration.KeptForm> keptForm(HttpRequest<?> request) {
        return SessionForRequest.find(request).flatMap(s -> s.get(KEPT_FORM, FormRestoration.KeptForm.class));
    }

    /** The form kept for after signing in, once: it is no longer kept. */
    Optional<FormRestoration.KeptForm> takeKeptForm(HttpRequest<?> request) {
        Optional<FormRestoration.KeptForm> kept = keptForm(request);
        kept.ifPresent(form -> SessionForRequest.find(request).ifPresent(s -> s.remove(KEPT_FORM)));
        return kept;
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

    private static void renewed(Session session, SignInUseCase.Session signedIn, Instant now) {
        rights(signedIn.user()).forEach(session::put);
        session.put(REFRESH_TOKEN, signedIn.refreshToken());
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
