package de.koop.adapter.http;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.PublicDirectoryQuery;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public directory of a network, readable by anyone. */
@Controller("/api/v1/public/networks/{networkId}/directory")
@Tag(name = "Öffentlich")
public class PublicDirectoryController {

    private final PublicDirectoryQuery directory;

    public PublicDirectoryController(PublicDirectoryQuery directory) {
        this.directory = directory;
    }

    @Get
    @Operation(summary = "Die Partner, die einer Veröffentlichung zugestimmt haben, mit dem freigegebenen Umfang")
    public DirectoryResponse directory(@PathVariable String networkId, @QueryValue(defaultValue = "0") int page,
                                       @QueryValue(defaultValue = "20") int size) {
        return DirectoryResponse.from(directory.directory(PathIds.network(networkId), new PageRequest(page, size)));
    }
}
