package de.koop.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id, on each log line written for it ({@code requestId} in the MDC) and in the
 * answer's {@code X-Request-Id}, and writes one access-log line when it is answered: method, path, status and
 * duration. The id a client sends is taken over only from a trusted proxy ({@code koop.http.trusted-proxies}),
 * so that nobody else can put text of their choosing into the logs. The line never holds the query string or
 * headers (tokens, search terms); of the path it keeps the route's own words and ids, and shows any other
 * segment, which a client may have filled with a name or an address, as {@code *}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLog implements Ordered {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Logger ACCESS = LoggerFactory.getLogger("koop.access");
    private static final String ID = "koop.request-id";
    private static final String STARTED = "koop.request-started";
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d{1,10}|[A-Z][A-Z0-9_]{0,40}");
    private static final Pattern WORD_SEGMENT = Pattern.compile("[a-z][a-z0-9.-]{0,40}");

    private final TrustedProxies trusted;

    RequestLog(@Value("${koop.http.trusted-proxies:}") String trustedProxies) {
        // SettingsCheck has refused a list that does not parse
        this.trusted = TrustedProxies.parse(trustedProxies).orElseThrow();
    }

    @RequestFilter
    void start(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = fromProxy(request).orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(ID, id);
        request.setAttribute(STARTED, System.nanoTime());
        MDC.put(MDC_KEY, id);
        try {
            // every line written while the request is handled, on whichever thread, carries the id
            context.add(new MdcPropagationContext());
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @ResponseFilter
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ID, String.class).orElseGet(() -> UUID.randomUUID().toString());
        response.getHeaders().set(HEADER, id);
        long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
        MDC.put(MDC_KEY, id);
        try {
            ACCESS.info("{} {} {} {} ms", request.getMethodName(),
                    loggedPath(request.getPath(), BasicHttpAttributes.getUriTemplate(request)),
                    response.code(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private Optional<String> fromProxy(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null || !trusted.trust(peer.getAddress())) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getHeaders().get(HEADER)).map(String::strip)
                .filter(id -> ACCEPTED_ID.matcher(id).matches());
    }

    /**
     * The path as it may be logged: a segment that is a literal of the matched route, an id, a number or a
     * constant stays; any other becomes {@code *}. Without a matched route, plain lower-case words stay too,
     * so that the paths of unknown routes can still be told apart.
     */
    static String loggedPath(String path, Optional<String> routeTemplate) {
        String[] segments = path.split("/", -1);
        String[] declared = routeTemplate.map(t -> t.replaceAll("\\{[?&#][^}]*}", "").split("/", -1))
                .filter(d -> d.length == segments.length).orElse(null);
        StringJoiner logged = new StringJoiner("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean literal = declared != null && !declared[i].contains("{") && declared[i].equals(segment);
            boolean word = declared == null && WORD_SEGMENT.matcher(segment).matches();
            logged.add(segment.isEmpty() || literal || word || ID_SEGMENT.matcher(segment).matches() ? segment : "*");
        }
        return logged.toString();
    }

    @Override
    public int getOrder() {
        // outside every other filter, security included, so that refused requests are logged with their id too
        return ServerFilterPhase.FIRST.before();
    }
}
