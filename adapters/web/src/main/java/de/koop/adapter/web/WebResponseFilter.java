package de.koop.adapter.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Every answer of the web interface: the security headers (a Content-Security-Policy without inline
 * scripts or styles), in place of the API's problem+json a German error page, or the sign-in page for
 * someone not signed in (returning to the page after), and a form put back as it was typed before the
 * session ended ({@link FormRestoration}). A browser that asks for a page at an address nobody answers,
 * outside the API, gets the German page too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class WebResponseFilter implements Ordered {

    /**
     * Only what the server sends: no inline script or style (htmx is told not to add any, see layout.jte);
     * {@code data:} images because KERN draws its icons as SVG data URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    /** The API's own paths: problem+json there, whoever asks. */
    private static final List<String> API = List.of("/api", "/oparl");

    private final WebSessions sessions;

    WebResponseFilter(WebSessions sessions) {
        this.sessions = sessions;
    }

    @ResponseFilter
    public MutableHttpResponse<?> filter(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpResponse<?> answer;
        if (WebPaths.isPage(request.getPath())) {
            answer = restored(request, errorPage(request, response));
            // pages show what only the signed-in user may see: not for shared caches, nor the back button after sign-out
            answer.header(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (WebPaths.isWeb(request.getPath())) {
            answer = response;
        } else if (browserLost(request, response)) {
            answer = Html.page(HttpStatus.NOT_FOUND, Pages.TEMPLATES.error(Chrome.ANONYMOUS, "notFound"));
        } else {
            return response;
        }
        return answer.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    private MutableHttpResponse<?> errorPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)) {
            return response;
        }
        if (status == HttpStatus.UNAUTHORIZED.getCode()) {
            if (request.getHeaders().contains("HX-Request")) {
                // htmx would put the sign-in page into the part it replaces, silently: the whole page goes there
                String page = Optional.ofNullable(request.getHeaders().get("HX-Current-URL")).map(URI::create)
                        .map(WebResponseFilter::pathAndQuery).orElse("");
                return HttpResponse.ok().header("HX-Redirect", WebPaths.signIn(WebPaths.returnTo(page)));
            }
            // after signing in, back to the page asked for (a form's address cannot be opened: not those)
            Optional<String> page = request.getMethod() == HttpMethod.GET
                    ? WebPaths.returnTo(pathAndQuery(request.getUri())) : Optional.empty();
            return Html.redirect(WebPaths.signIn(page));
        }
        Chrome chrome = sessions.userId(request).isPresent()
                ? new Chrome(true, sessions.formToken(request)) : Chrome.ANONYMOUS;
        String kind = switch (status) {
            case 403 -> "forbidden";
            case 404, 405 -> "notFound";
            case 413 -> "tooLarge";
            case 414 -> "tooLong";
            default -> status >= 500 ? "serverError" : "badRequest";
        };
        return Html.page(HttpStatus.valueOf(status), Pages.TEMPLATES.error(chrome, kind));
    }

    /**
     * The page a form was sent from before the session ended, with the form as it was typed: once, on the
     * first visit after signing in again.
     */
    private MutableHttpResponse<?> restored(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET || response.code() != HttpStatus.OK.getCode()
                || sessions.userId(request).isEmpty()) {
            return response;
        }
        Optional<FormRestoration.KeptForm> kept = sessions.keptForm(request)
                .filter(form -> URI.create(form.page()).getRawPath().equals(request.getUri().getRawPath()));
        Optional<String> page = response.getBody(String.class);
        if (kept.isEmpty() || page.isEmpty()) {
            return response;
        }
        sessions.takeKeptForm(request);
        return FormRestoration.restored(page.get(), kept.get())
                .<MutableHttpResponse<?>>map(html -> response.body(html)).orElse(response);
    }

    /**
     * A browser asking for a page at an address that no route answers, outside the API (a mistyped address, a
     * path in capitals): it is told in German that there is no such page, rather than to sign in to the API.
     */
    private static boolean browserLost(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        return (response.code() == HttpStatus.UNAUTHORIZED.getCode() || response.code() == HttpStatus.NOT_FOUND.getCode())
                && RouteAttributes.getRouteMatch(request).isEmpty()
                && API.stream().noneMatch(path::startsWith)
                && request.getHeaders().accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE)
                && !type.getType().equals("*"));
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Inside the session filter (so that the error page's sign-out form has its token), outside security. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after();
    }
}
