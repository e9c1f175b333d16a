package de.koop.bootstrap;

import de.koop.adapter.http.security.PublicRoutes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Failed sign-ins ({@code koop_sign_in_failures_total}: wrong name or password) and sign-ins refused because
 * the account or the address used up its attempts ({@code koop_sign_in_lockouts_total}), counted from the
 * answers of the sign-in route, whichever way the limit is kept.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SignInMetrics {

    private static final String SIGN_IN = "/api/v1/auth/login";

    private final Counter failures;
    private final Counter lockouts;

    SignInMetrics(MeterRegistry registry) {
        failures = Counter.builder("koop.sign.in.failures").description("Sign-ins refused for a wrong name or password")
                .register(registry);
        lockouts = Counter.builder("koop.sign.in.lockouts")
                .description("Sign-ins refused because the account or the address used up its attempts")
                .register(registry);
    }

    @ResponseFilter
    void count(HttpRequest<?> request, HttpResponse<?> response) {
        if (!request.getMethodName().equals("POST") || !PublicRoutes.normalise(request.getPath()).equals(SIGN_IN)) {
            return;
        }
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode()) {
            failures.increment();
        } else if (response.code() == HttpStatus.TOO_MANY_REQUESTS.getCode()) {
            lockouts.increment();
        }
    }
}
