package de.koop.adapter.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The title and version of the generated OpenAPI document. */
@OpenAPIDefinition(info = @Info(title = "koop", version = "1.0",
        description = "Kooperationsnetzwerke: Netzwerke, Partner und das öffentliche Verzeichnis."))
final class KoopApi {

    private KoopApi() {
    }
}
