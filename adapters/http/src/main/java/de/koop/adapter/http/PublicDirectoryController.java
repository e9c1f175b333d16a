package de.koop.adapter.http;

import de.koop.domain.shared.NetworkId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.PublicDirectoryQuery;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.cors.CrossOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public directory of a network, readable by anyone, also by the network's website from a browser:
 * Micronaut answers preflights (a conditional GET sends {@code If-None-Match}) and lets the page read the ETag.
 */
@Controller("/api/v1/public/networks/{networkId}/directory")
@Tag(name = "public")
@CrossOrigin(allowedMethods = {HttpMethod.GET, HttpMethod.HEAD}, allowedHeaders = HttpHeaders.IF_NONE_MATCH,
        exposedHeaders = HttpHeaders.ETAG, allowCredentials = false)
public class PublicDirectoryController {

    private final PublicDirectoryQuery directory;
    private final Today today;
    private final StampedAnswers answers;

    public PublicDirectoryController(PublicDirectoryQuery directory, Today today, StampedAnswers answers) {
        this.directory = directory;
        this.today = today;
        this.answers = answers;
    }

    @Get
    @Stamped
    @Operation(operationId = "getPublicDirectory", summary = "Die Partner, die einer Veröffentlichung zugestimmt haben, mit dem freigegebenen Umfang")
    @ApiResponse(responseCode = "200", description = "Das Verzeichnis; sein ETag bleibt, solange sich im Netzwerk nichts ändert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryResponse.class)))
    public HttpResponse<?> directory(HttpRequest<?> request, @PathVariable String networkId,
                                     @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        NetworkId network = PathIds.network(networkId);
        PageRequest pageRequest = new PageRequest(page, size);
        // who is a former partner depends on the day
        return answers.answer(request, network, "directory " + today.today() + " " + page + " " + size,
                () -> DirectoryResponse.from(directory.directory(network, pageRequest)));
    }
}
