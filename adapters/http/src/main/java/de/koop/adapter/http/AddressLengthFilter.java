package de.koop.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Locale;

/**
 * Refuses an address (path and query) longer than any of koop's (414), naming the limit. Netty reads request
 * lines up to a larger limit ({@code micronaut.server.netty.max-initial-line-length}), so that a too long
 * address is refused here, where its path is known: the web interface answers its own paths with a German
 * page, the API with problem+json.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AddressLengthFilter implements Ordered {

    /** As web servers commonly allow; koop's longest addresses, a filtered list, are a few hundred characters. */
    public static final int MAX_LENGTH = 8192;

    static final String DETAIL = "Die Adresse ist zu lang: erlaubt sind höchstens "
            + String.format(Locale.GERMANY, "%,d", MAX_LENGTH) + " Zeichen.";

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> check(HttpRequest<?> request) {
        if (request.getUri().toString().length() <= MAX_LENGTH) {
            return null;
        }
        // the path may be most of it: not echoed back
        return ProblemResponses.of(null, ProblemType.URI_TOO_LONG, DETAIL, null);
    }

    /**
     * Before security and the routes, so that nothing reads such an address; inside the session and the web
     * interface's answers, which turn this into a page for its paths.
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after() + 1;
    }
}
