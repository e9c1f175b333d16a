package de.koop.adapter.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import de.koop.adapter.http.oparl.OParlErrors;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the errors Micronaut raises itself (unknown route, unreadable JSON, a wrong JSON type, an
 * unexpected exception) into problem+json as well, so that every error of the API has one shape. A
 * server error never shows its cause.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (OParlErrors.isOParl(context.getRequest())) {
            // OParl clients expect OParl's error object; a server error never shows its cause
            String message = status == HttpStatus.NOT_FOUND ? "Diese Adresse gibt es nicht: " + context.getRequest().getPath()
                    : status.getCode() >= 500 ? "Ein interner Fehler ist aufgetreten." : status.getReason();
            return response.<Object>body(OParlErrors.body(status, message)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        ProblemType type = typeOf(status);
        String detail;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (type == ProblemType.INVALID_REQUEST) {
            for (Error error : context.getErrors()) {
                errors.add(new Problem.FieldError(fieldOf(error), readable(error.getMessage())));
            }
            detail = "Die Anfrage konnte nicht gelesen werden: " + (errors.isEmpty()
                    ? "ungültiges JSON" : errors.getFirst().field() + ": " + errors.getFirst().reason());
        } else if (type == ProblemType.INTERNAL_ERROR) {
            detail = "Ein interner Fehler ist aufgetreten. Die Änderung wurde nicht gespeichert.";
        } else if (type == ProblemType.NOT_ACCEPTABLE) {
            detail = "koop antwortet nur mit JSON (application/json).";
        } else if (type == ProblemType.NOT_FOUND) {
            detail = "Diese Adresse gibt es nicht: " + context.getRequest().getPath();
        } else {
            detail = type.title();
        }
        Problem problem = new Problem(type.uri(), type.title(), type.status().getCode(), detail, null,
                context.getRequest().getPath(), errors.isEmpty() ? null : errors);
        return response.status(type.status()).<Object>body(problem).contentType(ProblemResponses.PROBLEM_JSON);
    }

    private static ProblemType typeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> ProblemType.INVALID_REQUEST;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ProblemType.NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case CONFLICT -> ProblemType.VERSION_CONFLICT;
            default -> status.getCode() >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.INVALID_REQUEST;
        };
    }

    /** Micronaut names a bad query parameter as {@code /size}; a body that is no JSON has no path. */
    private static String fieldOf(Error error) {
        String path = error.getPath().orElse("body");
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String readable(String message) {
        String text = String.valueOf(message);
        if (text.startsWith("Invalid JSON")) {
            return "ist kein gültiges JSON";
        }
        if (text.startsWith("Required") || text.contains("not specified")) {
            return "fehlt";
        }
        return "hat ein ungültiges Format";
    }
}
