package de.koop.adapter.http.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Applies {@link Access} to every request, before any other rule. */
@Singleton
public class AccessRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        Access.Decision decision = Access.decide(request.getMethodName(), request.getPath(), Caller.of(authentication));
        return Publishers.just(decision == Access.Decision.ALLOWED ? SecurityRuleResult.ALLOWED
                : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return -1000;
    }
}
