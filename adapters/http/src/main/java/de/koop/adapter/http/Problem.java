package de.koop.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An error as RFC 9457 {@code application/problem+json}: a type per kind of problem, a German title
 * and detail for the coordinator, for a refusal by a rule of the network the rule's stable {@code code}
 * (an extension member, so that a client can tell one {@code 422} from another), and for bad input
 * every field with its reason.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@OpenAPIExtraSchema
@Schema(description = "Ein Fehler nach RFC 9457 (application/problem+json).")
public record Problem(
        @Schema(description = "Die Art des Problems, eine URN je Art.", requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Schema(description = "Die Art auf Deutsch.", requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(description = "Der HTTP-Status.", minimum = "400", maximum = "599", requiredMode = Schema.RequiredMode.REQUIRED) int status,
        @Schema(description = "Was genau nicht ging, auf Deutsch.") @Nullable String detail,
        @Schema(description = "Bei 422 die verletzte Regel des Netzwerks, fest für Clients.") @Nullable String code,
        @Schema(description = "Der Pfad der Anfrage.") @Nullable String instance,
        @Schema(description = "Bei ungültiger Eingabe jedes Feld mit seinem Grund.") @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field of the request and why it was refused; the field is a JSON path like {@code contacts[1].email}. */
    @Serdeable
    @Schema(description = "Ein abgelehntes Feld der Anfrage.")
    public record FieldError(
            @Schema(description = "Das Feld als JSON-Pfad, etwa contacts[1].email; beim Pfad oder bei Parametern deren Name.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String field,
            @Schema(description = "Warum, auf Deutsch.", requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }
}
