package de.koop.adapter.http;

import de.koop.application.port.in.DashboardQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The coordinator's dashboard of a network. */
@Controller("/api/v1/networks/{networkId}/dashboard")
@Tag(name = "Übersicht")
public class DashboardController {

    private final DashboardQuery dashboard;
    private final Today today;

    public DashboardController(DashboardQuery dashboard, Today today) {
        this.dashboard = dashboard;
        this.today = today;
    }

    @Get
    @Operation(summary = "Überfällige Gremien, Sitzungen ohne Protokoll, bald endende Amtszeiten, Lücken der Zusammensetzung")
    public DashboardResponse dashboard(@PathVariable String networkId, @Nullable @QueryValue String on,
                                       @QueryValue(defaultValue = "90") int termsEndingWithinDays) {
        return DashboardResponse.from(dashboard.dashboard(PathIds.network(networkId), today.orGiven(on),
                termsEndingWithinDays));
    }
}
