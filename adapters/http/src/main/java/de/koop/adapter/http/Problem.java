package de.koop.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An error as RFC 9457 {@code application/problem+json}: a type per kind of problem, a German title
 * and detail for the coordinator, for a refusal by a rule of the network the rule's stable {@code code}
 * (an extension member, so that a client can tell one {@code 422} from another), and for bad input
 * every field with its reason.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String code,
                      @Nullable String instance, @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field of the request and why it was refused; the field is a JSON path like {@code contacts[1].email}. */
    @Serdeable
    public record FieldError(String field, String reason) {
    }
}
