package de.koop.adapter.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Decides the web interface's paths, and only those, before the API's rule: its public pages are open, every
 * other page needs someone signed in (the error pages send the others to the sign-in page). Who may see
 * what is not decided here but by the use cases, as for the API.
 */
@Singleton
public class WebRule implements SecurityRule<HttpRequest<?>> {

    /** Before the API's rule, which would refuse what it does not know. */
    public static final int ORDER = -2000;

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        if (!WebPaths.isWeb(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean allowed = WebPaths.isPublic(request.getPath()) || authentication != null;
        return Publishers.just(allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
