package de.koop.adapter.http.security;

import de.koop.adapter.http.ProblemResponses;
import de.koop.adapter.http.ProblemType;
import de.koop.application.access.AccessPolicy;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a request {@link AccessRule} refused, in problem+json: 401 without sign-in, 404 for a network
 * the caller has no role in (so that nobody learns which networks exist), 403 otherwise.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AccessDeniedHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        Object decision = request.getAttribute(AccessRule.DECISION).orElse(null);
        if (exception.getAuthentication() == null || !exception.isForbidden()
                || decision == AccessPolicy.Decision.NOT_SIGNED_IN) {
            return ProblemResponses.of(request, ProblemType.UNAUTHENTICATED,
                    "Bitte melden Sie sich an (Authorization: Bearer …).", null).header("WWW-Authenticate", "Bearer");
        }
        if (decision == AccessPolicy.Decision.HIDDEN) {
            return ProblemResponses.of(request, ProblemType.NOT_FOUND,
                    "Netzwerk " + PublicRoutes.networkOf(request.getPath()).orElse("") + " nicht gefunden", null);
        }
        return ProblemResponses.of(request, ProblemType.FORBIDDEN,
                "Dafür fehlt Ihnen die Berechtigung.", null);
    }
}
