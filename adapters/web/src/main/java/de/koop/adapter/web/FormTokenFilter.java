package de.koop.adapter.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.core.order.Ordered;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Refuses (403) every request of the web interface that changes something unless it carries the session's
 * form token, in the form field {@code csrfToken} or, for htmx, the header {@code X-CSRF-TOKEN}.
 * <p>
 * A form sent when nobody is signed in any more (the session ended while the user was typing) changes
 * nothing either: the user is sent to sign in, and what was typed is kept for after ({@link FormRestoration}),
 * if the browser says the form came from koop's own pages (a form another site sends must not put values into
 * a form of koop's).
 * <p>
 * Not micronaut-security-csrf's filter: it answers 500 when a form's body arrives after its headers
 * (docs/web-interface-stack.md, pitfall 1). This one waits for the body through the continuation, which
 * never completes with nothing.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class FormTokenFilter implements Ordered {

    private static final Set<HttpMethod> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final WebSessions sessions;
    private final FilterBodyParser bodies;

    FormTokenFilter(WebSessions sessions, FilterBodyParser bodies) {
        this.sessions = sessions;
        this.bodies = bodies;
    }

    @RequestFilter
    public Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request,
                                                   FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (READING.contains(request.getMethod()) || !WebPaths.isPage(request.getPath())) {
            return chain.proceed();
        }
        if (!WebPaths.isPublic(request.getPath()) && sessions.userId(request).isEmpty()) {
            return signedOut(request);
        }
        String header = request.getHeaders().get(WebSessions.FORM_TOKEN_HEADER);
        if (header != null) {
            return sessions.formTokenMatches(request, header) ? chain.proceed() : refused();
        }
        return Mono.fromFuture(bodies.parseBody(request))
                .map(form -> form.get(WebSessions.FORM_TOKEN_FIELD) instanceof String token
                        && sessions.formTokenMatches(request, token))
                .defaultIfEmpty(false)
                .flatMap(valid -> valid ? Mono.from(chain.proceed()) : Mono.from(refused()));
    }

    /**
     * A form that needs someone signed in, sent by nobody signed in: to the sign-in page, and back to the form's
     * page after, with what was typed in it, if the form came from one of koop's pages.
     */
    private Publisher<MutableHttpResponse<?>> signedOut(HttpRequest<?> request) {
        if (WebPaths.isSignOut(request.getPath())) {
            // signed out already
            return Mono.just(Html.redirect(WebPaths.SIGN_IN));
        }
        if (!fromOwnPage(request)) {
            return refused();
        }
        Optional<String> page = sentFrom(request);
        return Mono.fromFuture(bodies.parseBody(request))
                .defaultIfEmpty(Map.of())
                .map(form -> {
                    page.ifPresent(from -> FormRestoration.keepable(fields(form)).ifPresent(fields -> sessions
                            .keepForm(request, new FormRestoration.KeptForm(from, request.getPath(), fields))));
                    return toSignIn(request, WebPaths.signIn(page));
                });
    }

    /**
     * Whether the browser says the request comes from one of koop's own pages: {@code Sec-Fetch-Site}, which
     * every current browser sends and no page can forge, or else an {@code Origin} of this host.
     */
    private static boolean fromOwnPage(HttpRequest<?> request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        return sameHost(request, request.getHeaders().get(HttpHeaders.ORIGIN));
    }

    /** The page the form was on: the page htmx names, or the referring page, if it is one of this host. */
    private static Optional<String> sentFrom(HttpRequest<?> request) {
        String page = Optional.ofNullable(request.getHeaders().get("HX-Current-URL"))
                .orElse(request.getHeaders().get(HttpHeaders.REFERER));
        if (!sameHost(request, page)) {
            return Optional.empty();
        }
        URI uri = URI.create(page);
        return WebPaths.returnTo(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static boolean sameHost(HttpRequest<?> request, String address) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (address == null || host == null) {
            return false;
        }
        try {
            String authority = URI.create(address).getRawAuthority();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static MutableHttpResponse<?> toSignIn(HttpRequest<?> request, String signIn) {
        if (request.getHeaders().contains("HX-Request")) {
            // htmx would put the sign-in page into the part it replaces: the whole page goes there
            return HttpResponse.ok().header("HX-Redirect", signIn);
        }
        return Html.redirect(signIn);
    }

    /** The form's fields as parsed: one value or several by name. */
    private static Map<String, List<String>> fields(Map<String, Object> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (value instanceof List<?> several) {
                fields.put(name, several.stream().map(String::valueOf).toList());
            } else if (value != null) {
                fields.put(name, List.of(String.valueOf(value)));
            }
        });
        return fields;
    }

    private static Publisher<MutableHttpResponse<?>> refused() {
        // the error pages turn this into a German page
        return Mono.just(HttpResponse.status(HttpStatus.FORBIDDEN));
    }

    /** After the session is loaded, before security and the routes. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
