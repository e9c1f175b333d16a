package de.koop.adapter.http;

import de.koop.application.port.in.UpdatePartnerUseCase;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

/**
 * Refuses to replace a partner the caller may not change (a former partner's, rule 15) before the new
 * data is read: the body is read into its record while the route's arguments are bound, so a check in
 * the controller would come after a complaint about the body. After the sign-in and the permission
 * ({@code AccessRule}), before the body.
 */
@ServerFilter(value = "/api/v1/networks/*/partners/*", methods = HttpMethod.PUT)
public class PartnerChangeGuard implements Ordered {

    private final UpdatePartnerUseCase update;

    public PartnerChangeGuard(UpdatePartnerUseCase update) {
        this.update = update;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public void checkChangeable(HttpRequest<?> request) {
        if (RouteAttributes.getRouteMatch(request).orElse(null) instanceof UriRouteMatch<?, ?> route) {
            Object network = route.getVariableValues().get("networkId");
            Object partner = route.getVariableValues().get("partnerId");
            if (network != null && partner != null) {
                update.checkChangeable(PathIds.network(network.toString()), PathIds.partner(partner.toString()));
            }
        }
    }
}
