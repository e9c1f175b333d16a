package de.koop.adapter.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Every answer of the web interface: the security headers (a Content-Security-Policy without inline
 * scripts or styles), and in place of the API's problem+json a German error page, or the sign-in page
 * for someone not signed in.
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

    private final WebSessions sessions;

    WebResponseFilter(WebSessions sessions) {
        this.sessions = sessions;
    }

    @ResponseFilter
    public MutableHttpResponse<?> filter(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!WebPaths.isWeb(request.getPath())) {
            return response;
        }
        MutableHttpResponse<?> answer = WebPaths.isPage(request.getPath()) ? errorPage(request, response) : response;
        answer.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
        if (WebPaths.isPage(request.getPath())) {
            // pages show what only the signed-in user may see: not for shared caches, nor the back button after sign-out
            answer.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return answer;
    }

    private MutableHttpResponse<?> errorPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)) {
            return response;
        }
        if (status == HttpStatus.UNAUTHORIZED.getCode()) {
            if (request.getHeaders().contains("HX-Request")) {
                // htmx would put the sign-in page into the part it replaces, silently: the whole page goes there
                return HttpResponse.ok().header("HX-Redirect", WebPaths.SIGN_IN);
            }
            return Html.redirect(WebPaths.SIGN_IN);
        }
        Chrome chrome = sessions.userId(request).isPresent()
                ? new Chrome(true, sessions.formToken(request)) : Chrome.ANONYMOUS;
        String kind = switch (status) {
            case 403 -> "forbidden";
            case 404, 405 -> "notFound";
            default -> status >= 500 ? "serverError" : "badRequest";
        };
        return Html.page(HttpStatus.valueOf(status), Pages.TEMPLATES.error(chrome, kind));
    }

    /** Inside the session filter (so that the error page's sign-out form has its token), outside security. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after();
    }
}
