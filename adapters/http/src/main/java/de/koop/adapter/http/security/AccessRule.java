package de.koop.adapter.http.security;

import de.koop.application.access.AccessPolicy;
import de.koop.application.access.Permission;
import de.koop.application.usecase.Operation;
import de.koop.domain.shared.NetworkId;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.reactivestreams.Publisher;

/**
 * Runs before any other rule and before a request's body is read: a public route ({@link PublicRoutes})
 * passes; any other asks the application's {@link AccessPolicy} whether the token's actor holds the
 * permission declared on the operation the route {@link Drives}, in the network the path names. The use
 * case asks again itself; asking here first keeps the answers of a refused call free of what its body
 * would have been told (a coordinator of another network learns of no network, whatever it sends).
 */
@Singleton
public class AccessRule implements SecurityRule<HttpRequest<?>> {

    /** The request attribute that carries the decision to {@link AccessDeniedHandler}. */
    static final String DECISION = AccessRule.class.getName() + ".decision";

    /** Stands for a network named by a malformed id: nobody has a role in it, administrators reach the 400. */
    private static final NetworkId MALFORMED = new NetworkId(new UUID(0, 0));

    private final AccessPolicy policy;

    public AccessRule(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        if (PublicRoutes.isPublic(request.getMethodName(), request.getPath())) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        AccessPolicy.Decision decision = decide(request, authentication);
        request.setAttribute(DECISION, decision);
        return Publishers.just(decision == AccessPolicy.Decision.ALLOWED ? SecurityRuleResult.ALLOWED
                : SecurityRuleResult.REJECTED);
    }

    /** The policy's decision on a request that is not public. */
    AccessPolicy.Decision decide(HttpRequest<?> request, Authentication authentication) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        Optional<NetworkId> network = PublicRoutes.networkOf(request.getPath()).map(AccessRule::network);
        // a path no route answers: only whether the caller may reach its network matters, the router says 404
        Permission permission = route.isEmpty() ? Permission.SIGNED_IN : route.get().getAnnotationMetadata()
                .classValue(Drives.class, "port")
                .map(port -> Operation.named(port, route.get().getAnnotationMetadata()
                        .stringValue(Drives.class, "operation").orElseThrow()).permission())
                .orElse(Permission.ADMINISTER);
        return policy.decide(TokenActor.of(authentication), permission, network);
    }

    private static NetworkId network(String id) {
        try {
            return NetworkId.parse(id, "networkId");
        } catch (RuntimeException e) {
            return MALFORMED;
        }
    }

    @Override
    public int getOrder() {
        return -1000;
    }
}
