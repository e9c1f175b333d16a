package de.koop.adapter.http;

import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.VersionConflictException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.RuleViolationException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** Maps the domain's and the application's exceptions to problem+json responses. */
final class ProblemHandlers {

    private ProblemHandlers() {
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class InvalidValue implements ExceptionHandler<InvalidValueException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidValueException e) {
            return ProblemResponses.of(request, ProblemType.INVALID_REQUEST, e.field() + ": " + e.reason(),
                    List.of(new Problem.FieldError(e.field(), e.reason())));
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class InvalidRequest implements ExceptionHandler<RequestValidationException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, RequestValidationException e) {
            String detail = e.errors().size() == 1
                    ? e.errors().getFirst().field() + ": " + e.errors().getFirst().reason()
                    : e.errors().size() + " Felder sind ungültig.";
            return ProblemResponses.of(request, ProblemType.INVALID_REQUEST, detail, e.errors());
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return ProblemResponses.of(request, ProblemType.NOT_FOUND, e.getMessage(), null);
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class VersionConflict implements ExceptionHandler<VersionConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, VersionConflictException e) {
            return ProblemResponses.of(request, ProblemType.VERSION_CONFLICT, e.getMessage(), null);
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class RuleViolation implements ExceptionHandler<RuleViolationException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, RuleViolationException e) {
            return ProblemResponses.of(request, ProblemType.RULE_VIOLATION, e.getMessage(), null);
        }
    }
}
