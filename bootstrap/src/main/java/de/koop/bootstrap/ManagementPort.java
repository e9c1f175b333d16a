package de.koop.bootstrap;

import de.koop.adapter.http.security.PublicRoutes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * With a management port ({@code KOOP_MANAGEMENT_PORT}), health and metrics are served there only, and there
 * without signing in, so that Prometheus and probes need no token: the port is meant for the internal network
 * only. The API is not served on it, and on the API's port everything stays as {@link de.koop.adapter.http.security.AccessRule} decides.
 */
@Singleton
@Requires(property = "endpoints.all.port", pattern = "\\d+")
final class ManagementPort implements SecurityRule<HttpRequest<?>> {

    private final int port;

    ManagementPort(@Value("${endpoints.all.port}") int port) {
        this.port = port;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        String path = PublicRoutes.normalise(request.getPath());
        boolean endpoint = path.equals("/prometheus") || path.equals("/health") || path.startsWith("/health/");
        boolean allowed = request.getServerAddress().getPort() == port && request.getMethodName().equals("GET")
                && endpoint;
        return Publishers.just(allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        // before AccessRule, which would ask for an administrator's token
        return -1001;
    }
}
