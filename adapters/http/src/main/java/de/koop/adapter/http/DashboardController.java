package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.domain.shared.NetworkId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
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
@Tag(name = "dashboard")
public class DashboardController {

    private final DashboardQuery dashboard;
    private final Today today;
    private final StampedAnswers answers;

    public DashboardController(DashboardQuery dashboard, Today today, StampedAnswers answers) {
        this.dashboard = dashboard;
        this.today = today;
        this.answers = answers;
    }

    @Drives(port = DashboardQuery.class, operation = "dashboard")
    @Get
    @Stamped
    @Operation(operationId = "getDashboard", summary = "Überfällige Gremien, Sitzungen ohne Protokoll, bald endende Amtszeiten, Lücken der Zusammensetzung")
    @ApiResponse(responseCode = "200", description = "Die Übersicht; ihr ETag bleibt, solange sich im Netzwerk nichts ändert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardResponse.class)))
    public HttpResponse<?> dashboard(HttpRequest<?> request, @PathVariable String networkId, @Nullable @QueryValue String on,
                                     @QueryValue(defaultValue = "90") int termsEndingWithinDays) {
        NetworkId network = PathIds.network(networkId);
        LocalDate date = today.orGiven(on);
        return answers.answer(request, network, "dashboard " + date + " " + termsEndingWithinDays,
                () -> DashboardResponse.from(dashboard.dashboard(network, date, termsEndingWithinDays)));
    }
}
