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

/** A coordinator's HTTP client: plain requests, raw status and headers, the body as JSON maps. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    Api(URI base) {
        this.base = base;
    }

    URI baseUri() {
        return base;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response post(String path, String json) {
        return send(withBody(path, json).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return send(withBody(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    private HttpRequest.Builder withBody(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response; {@link #json()} parses the body. */
    record Response(int status, String contentType, Optional<String> location, String body) {

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
