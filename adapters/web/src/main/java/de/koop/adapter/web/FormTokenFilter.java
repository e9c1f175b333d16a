package de.koop.adapter.web;

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
import java.util.Set;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Refuses (403) every request of the web interface that changes something unless it carries the session's
 * form token, in the form field {@code csrfToken} or, for htmx, the header {@code X-CSRF-TOKEN}.
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
