package de.koop.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's HTTP client: plain requests, raw status and headers, the body as JSON maps. Signed in, it
 * sends its access token with every request.
 */
final class Api {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Optional<String> accessToken;
    /** Whether the exchanges are held to the API's OpenAPI document: not on the management port. */
    private final boolean contract;

    Api(URI base) {
        this(base, Optional.empty(), true);
    }

    private Api(URI base, Optional<String> accessToken, boolean contract) {
        this.base = base;
        this.accessToken = accessToken;
        this.contract = contract;
    }

    /** A client of koop's management port ({@code endpoints.all.port}), which serves no API of the document. */
    static Api managementPort(URI base) {
        return new Api(base, Optional.empty(), false);
    }

    /** The same client signed in as that user; fails when the sign-in does not succeed. */
    Api signedInAs(String username, String password) {
        Response login = new Api(base, Optional.empty(), contract).post("/api/v1/auth/login",
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password));
        if (login.status() != 200) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + login);
        }
        return new Api(base, Optional.of(login.string("accessToken")), contract);
    }

    /** The same client with this access token (for tests of tokens). */
    Api withToken(String token) {
        return new Api(base, Optional.of(token), contract);
    }

    /** The same client without a token. */
    Api anonymous() {
        return new Api(base, Optional.empty(), contract);
    }

    /** Any request, as the route enumeration test needs it. */
    Response request(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)), json);
    }

    URI baseUri() {
        return base;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), null);
    }

    /** A GET with one more header, such as one too large to be read. */
    Response getWithHeader(String path, String name, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header(name, value).GET(), null);
    }

    /** A conditional GET: 304 while the answer still has this ETag. */
    Response getUnlessStill(String path, String etag) {
        return send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).GET(), null);
    }

    Response post(String path, String json) {
        return send(withBody(path, json).POST(HttpRequest.BodyPublishers.ofString(json)), json);
    }

    Response put(String path, String json) {
        return send(withBody(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)), json);
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), null);
    }

    private HttpRequest.Builder withBody(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    /** Sends a request, and holds the exchange to the OpenAPI document ({@link Contract}). */
    private Response send(HttpRequest.Builder request, String body) {
        accessToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpRequest sent = request.build();
        HttpResponse<String> response = exchange(http, sent);
        if (contract) {
            Contract.check(base, sent, body, response);
        }
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location"), response.headers().firstValue("ETag"), response.body());
    }

    /** Sends a request and reads the answer as text; a failure to talk to koop fails the test. */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response; {@link #json()} parses the body. */
    record Response(int status, String contentType, Optional<String> location, Optional<String> etag, String body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            try {
                return JSON.readValue(body, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The body as a JSON array of objects. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Map<String, Object>> jsonList() {
            try {
                return (List) JSON.readValue(body, Argument.listOf(Map.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String string(String key) {
            return (String) json().get(key);
        }

        long number(String key) {
            return ((Number) json().get(key)).longValue();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json().get("items");
        }

        /** The detail of a problem+json response. */
        String problemDetail() {
            return (String) json().get("detail");
        }

        /** The fields a problem+json response names. */
        @SuppressWarnings("unchecked")
        List<String> problemFields() {
            List<Map<String, Object>> errors = (List<Map<String, Object>>) json().get("errors");
            return errors == null ? List.of() : errors.stream().map(e -> (String) e.get("field")).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
