package de.koop.bootstrap;

import de.koop.adapter.http.security.TokenActor;
import de.koop.application.access.AccessPolicy;
import de.koop.application.access.Permission;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;

/**
 * {@code /health}, {@code /health/liveness} and {@code /health/readiness} answer everybody with the status; the
 * details (which database, which mail server, disk space, errors) only administrators, not every signed-in user
 * as Micronaut's default would.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
class AdministratorsHealthDetails extends HealthEndpoint {

    private final AccessPolicy policy;

    AdministratorsHealthDetails(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                                @Liveness HealthIndicator[] livenessIndicators, AccessPolicy policy) {
        super(aggregator, indicators, livenessIndicators);
        this.policy = policy;
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean administrator = principal instanceof Authentication authentication
                && policy.decide(TokenActor.of(authentication), Permission.ADMINISTER, java.util.Optional.empty())
                == AccessPolicy.Decision.ALLOWED;
        return administrator ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
