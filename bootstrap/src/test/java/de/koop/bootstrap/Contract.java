package de.koop.bootstrap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the HTTP tests to the OpenAPI document koop serves ({@code /openapi.yml}), with
 * Atlassian's swagger-request-validator, so that the document cannot drift from what koop does: an answer
 * whose status, header, field, type or {@code null} the document does not name fails the test that got it,
 * and so does a request the document refuses but koop carried out (a {@code 2xx} or {@code 3xx} to it).
 * Requests the tests send on purpose against the document (a missing field, an unknown one) must be refused,
 * and their refusal must be documented in turn. Paths and methods the document does not name (the route
 * enumeration's upper-case and trailing-slash variants, preflights) are not checked here.
 */
final class Contract {

    /** The same build serves the same document: read once, from the first koop a test talks to. */
    private static volatile OpenApiInteractionValidator validator;
    /** The document's paths, exactly as written: the validator also matches them in other cases. */
    private static volatile List<Pattern> paths;

    private static final Set<String> UNDOCUMENTED = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private Contract() {
    }

    /** Fails with what the document says otherwise, for one exchange with koop at {@code base}. */
    static void check(URI base, HttpRequest request, String requestBody, HttpResponse<String> response) {
        String method = request.method().toUpperCase(Locale.ROOT);
        if (method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        OpenApiInteractionValidator contract = validator(base);
        URI uri = request.uri();
        if (paths.stream().noneMatch(path -> path.matcher(uri.getRawPath()).matches())) {
            return;
        }
        SimpleRequest.Builder asked = new SimpleRequest.Builder(method, uri.getRawPath());
        request.headers().map().forEach(asked::withHeader);
        if (requestBody != null) {
            asked.withBody(requestBody);
        }
        query(uri).forEach(asked::withQueryParam);
        Request sent = asked.build();
        ValidationReport requestReport = contract.validateRequest(sent);
        if (requestReport.getMessages().stream().anyMatch(m -> UNDOCUMENTED.contains(m.getKey()))) {
            return;
        }
        SimpleResponse.Builder answered = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(answered::withHeader);
        if (!response.body().isEmpty()) {
            answered.withBody(response.body());
        }
        ValidationReport responseReport = contract.validateResponse(uri.getRawPath(), sent.getMethod(),
                answered.build());
        String exchange = method + " " + uri.getRawPath() + " -> " + response.statusCode() + " " + response.body();
        if (responseReport.hasErrors()) {
            throw new AssertionError("koop answered what its OpenAPI document does not say: " + exchange + "\n"
                    + describe(responseReport));
        }
        if (requestReport.hasErrors() && response.statusCode() < 400) {
            throw new AssertionError("koop carried out a request its OpenAPI document refuses: " + exchange
                    + "\nrequest body: " + requestBody + "\n" + describe(requestReport));
        }
    }

    private static OpenApiInteractionValidator validator(URI base) {
        OpenApiInteractionValidator known = validator;
        if (known == null) {
            synchronized (Contract.class) {
                if (validator == null) {
                    HttpResponse<String> document = Api.exchange(HttpClient.newHttpClient(),
                            HttpRequest.newBuilder(base.resolve("/openapi.yml")).GET().build());
                    paths = new OpenAPIV3Parser().readContents(document.body(), null, null).getOpenAPI().getPaths()
                            .keySet().stream().map(Contract::pattern).toList();
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                            .build();
                }
                known = validator;
            }
        }
        return known;
    }

    /** A path of the document as a pattern: each {@code {name}} one segment. */
    private static Pattern pattern(String template) {
        return Pattern.compile(java.util.Arrays.stream(template.split("\\{[^}]+}", -1)).map(Pattern::quote)
                .collect(Collectors.joining("[^/]+")));
    }

    private static Map<String, List<String>> query(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        return java.util.Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.groupingBy(pair -> decode(pair[0]), java.util.LinkedHashMap::new,
                        Collectors.mapping(pair -> pair.length > 1 ? decode(pair[1]) : "", Collectors.toList())));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  " + m.getKey() + ": " + m.getMessage()
                        + m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                        .map(p -> " at " + p.getInstance()).orElse(""))
                .collect(Collectors.joining("\n"));
    }
}
