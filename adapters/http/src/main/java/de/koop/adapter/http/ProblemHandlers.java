package de.koop.adapter.http;

import de.koop.application.port.VersionConflictException;
import de.koop.application.access.ForbiddenException;
import de.koop.application.access.HiddenNetworkException;
import de.koop.application.access.NotSignedInException;
import de.koop.application.port.in.NotFoundException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.RuleViolationException;
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

    /** One kind of exception, one kind of problem; the exception's German message is the detail. */
    abstract static class Handler<E extends RuntimeException> implements ExceptionHandler<E, HttpResponse<Problem>> {

        private final ProblemType type;

        Handler(ProblemType type) {
            this.type = type;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, E exception) {
            return ProblemResponses.of(request, type, detail(exception), code(exception), fieldErrors(exception));
        }

        String detail(E exception) {
            return exception.getMessage();
        }

        /** The code of the rule that refused the request; none where the problem type says it all. */
        String code(E exception) {
            return null;
        }

        List<Problem.FieldError> fieldErrors(E exception) {
            return List.of();
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class InvalidValue extends Handler<InvalidValueException> {
        InvalidValue() {
            super(ProblemType.INVALID_REQUEST);
        }

        @Override
        List<Problem.FieldError> fieldErrors(InvalidValueException e) {
            return List.of(new Problem.FieldError(e.field(), e.reason()));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class InvalidRequest extends Handler<RequestValidationException> {
        InvalidRequest() {
            super(ProblemType.INVALID_REQUEST);
        }

        @Override
        String detail(RequestValidationException e) {
            Problem.FieldError first = e.errors().getFirst();
            return e.errors().size() == 1 ? first.field() + ": " + first.reason()
                    : e.errors().size() + " Felder sind ungültig.";
        }

        @Override
        List<Problem.FieldError> fieldErrors(RequestValidationException e) {
            return e.errors();
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class NotFound extends Handler<NotFoundException> {
        NotFound() {
            super(ProblemType.NOT_FOUND);
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class VersionConflict extends Handler<VersionConflictException> {
        VersionConflict() {
            super(ProblemType.VERSION_CONFLICT);
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class RuleViolation extends Handler<RuleViolationException> {
        RuleViolation() {
            super(ProblemType.RULE_VIOLATION);
        }

        @Override
        String code(RuleViolationException e) {
            return e.rule().code();
        }
    }

    /** The application refused the actor: signed in first, please. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class NotSignedIn extends Handler<NotSignedInException> {
        NotSignedIn() {
            super(ProblemType.UNAUTHENTICATED);
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotSignedInException exception) {
            return ProblemResponses.of(request, ProblemType.UNAUTHENTICATED,
                    "Bitte melden Sie sich an (Authorization: Bearer …).", null).header("WWW-Authenticate", "Bearer");
        }
    }

    /** The application refused the actor the operation. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class Forbidden extends Handler<ForbiddenException> {
        Forbidden() {
            super(ProblemType.FORBIDDEN);
        }
    }

    /** The actor has no role in the network: as if it did not exist. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static class HiddenNetwork extends Handler<HiddenNetworkException> {
        HiddenNetwork() {
            super(ProblemType.NOT_FOUND);
        }
    }
}
