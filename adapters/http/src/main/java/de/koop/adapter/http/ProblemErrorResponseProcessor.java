package de.koop.adapter.http;

import de.koop.adapter.http.oparl.OParlErrors;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the errors Micronaut raises itself (unknown route, a method the route does not offer, unreadable
 * JSON, a wrong JSON type, a body over {@code micronaut.server.max-request-size}, an unexpected exception)
 * into problem+json as well, so that every error of the API has one shape; under {@code /oparl} into
 * OParl's error object. A server error never shows its cause.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    private final long maxRequestSize;

    public ProblemErrorResponseProcessor(HttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        HttpRequest<?> request = context.getRequest();
        ProblemType type = unreadable(request).orElseGet(() -> typeOf(status));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (type == ProblemType.INVALID_REQUEST) {
            for (Error error : context.getErrors()) {
                errors.add(new Problem.FieldError(fieldOf(error), readable(error.getMessage())));
            }
        }
        if (OParlErrors.isOParl(request)) {
            // OParl clients expect OParl's error object; a server error never shows its cause
            String message = status.getCode() >= 500 ? "Ein interner Fehler ist aufgetreten."
                    : detail(type, request, response, errors);
            return response.<Object>body(OParlErrors.body(status, message)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        // Netty's placeholder for a request it could not read has a path of its own (/bad-request), not the client's
        String instance = unreadable(request).isPresent() ? null : request.getPath();
        Problem problem = new Problem(type.uri(), type.title(), type.status().getCode(),
                detail(type, request, response, errors), null, instance, errors.isEmpty() ? null : errors);
        return response.status(type.status()).<Object>body(problem).contentType(ProblemResponses.PROBLEM_JSON);
    }

    private String detail(ProblemType type, HttpRequest<?> request, MutableHttpResponse<?> response,
                          List<Problem.FieldError> errors) {
        return switch (type) {
            case INVALID_REQUEST -> "Die Anfrage konnte nicht gelesen werden: " + (errors.isEmpty()
                    ? "ungültiges JSON" : errors.getFirst().field() + ": " + errors.getFirst().reason());
            case INTERNAL_ERROR -> "Ein interner Fehler ist aufgetreten. Die Änderung wurde nicht gespeichert.";
            case NOT_ACCEPTABLE -> "koop antwortet nur mit JSON (application/json).";
            case NOT_FOUND -> "Diese Adresse gibt es nicht: " + request.getPath();
            case METHOD_NOT_ALLOWED -> "Die Methode " + request.getMethodName() + " ist hier nicht vorgesehen"
                    + response.getHeaders().findFirst(HttpHeaders.ALLOW)
                    .map(allowed -> "; erlaubt: " + allowed.replaceAll(",\\s*", ", ")).orElse("") + ".";
            case TOO_LARGE -> "Die Anfrage ist zu groß: erlaubt sind höchstens " + readableSize(maxRequestSize) + ".";
            case URI_TOO_LONG -> AddressLengthFilter.DETAIL;
            case HEADERS_TOO_LARGE -> "Die Kopfzeilen der Anfrage sind zu groß, etwa ein Cookie. Bitte löschen Sie die "
                    + "Cookies dieser Seite und versuchen Sie es noch einmal.";
            default -> type.title();
        };
    }

    /** The limit as people read it: 10 MB (10.485.760 Bytes). */
    static String readableSize(long bytes) {
        String exact = String.format(Locale.GERMANY, "%,d Bytes", bytes);
        long mebibyte = 1024L * 1024L;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MB (" + exact + ")" : exact;
    }

    /**
     * A request line or header fields longer than Netty reads ({@code micronaut.server.netty.max-initial-line-length},
     * {@code max-header-size}): Netty gives up on the request and Micronaut calls it too large (413), with a
     * placeholder in place of the request, so that neither its path nor its headers are known here.
     */
    private static Optional<ProblemType> unreadable(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty && netty.getNativeRequest().decoderResult().isFailure()) {
            Throwable cause = netty.getNativeRequest().decoderResult().cause();
            if (cause instanceof TooLongHttpLineException) {
                return Optional.of(ProblemType.URI_TOO_LONG);
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return Optional.of(ProblemType.HEADERS_TOO_LARGE);
            }
        }
        return Optional.empty();
    }

    private static ProblemType typeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> ProblemType.INVALID_REQUEST;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ProblemType.NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case REQUEST_ENTITY_TOO_LARGE -> ProblemType.TOO_LARGE;
            case REQUEST_URI_TOO_LONG -> ProblemType.URI_TOO_LONG;
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
