package de.koop.adapter.http;

import de.koop.adapter.http.oparl.OParlErrors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bug: the caller gets a generic problem, and the log gets the type of the exception and where it
 * was thrown, but not its message, which may quote data (an address in a query, a name in a value).
 * Without this handler Micronaut would log the message. Under {@code /oparl} the answer is OParl's error object.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        String where = Arrays.stream(exception.getStackTrace()).limit(8)
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
                .collect(Collectors.joining(" < "));
        LOG.error("Unexpected {} on {} {} at {}", exception.getClass().getName(), request.getMethodName(),
                request.getPath(), where);
        if (OParlErrors.isOParl(request)) {
            return OParlErrors.response(HttpStatus.INTERNAL_SERVER_ERROR, "Ein interner Fehler ist aufgetreten.");
        }
        return ProblemResponses.of(request, ProblemType.INTERNAL_ERROR,
                "Ein interner Fehler ist aufgetreten. Die Änderung wurde nicht gespeichert.", null);
    }
}
