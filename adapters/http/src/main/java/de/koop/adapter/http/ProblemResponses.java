package de.koop.adapter.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    static final MediaType PROBLEM_JSON = MediaType.of(Problem.MEDIA_TYPE);

    private ProblemResponses() {
    }

    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, ProblemType type, String detail,
                                           List<Problem.FieldError> errors) {
        return of(request, type, detail, null, errors);
    }

    /** A problem that carries the code of the rule that refused the request. */
    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, ProblemType type, String detail,
                                           String code, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), type.status().getCode(), detail, code,
                request == null ? null : request.getPath(), errors == null || errors.isEmpty() ? null : errors);
        return HttpResponse.<Problem>status(type.status()).body(problem).contentType(PROBLEM_JSON);
    }
}
