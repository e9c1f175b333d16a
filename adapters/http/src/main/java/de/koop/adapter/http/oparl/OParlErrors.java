package de.koop.adapter.http.oparl;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** OParl's error object: a type, a German message for people and the HTTP status. */
public final class OParlErrors {

    private OParlErrors() {
    }

    /** Whether a request belongs to the OParl API, whose errors have their own shape. */
    public static boolean isOParl(HttpRequest<?> request) {
        return request.getPath().startsWith(OParlController.BASE + "/") || request.getPath().equals(OParlController.BASE);
    }

    public static Map<String, Object> body(HttpStatus status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", OParlObjects.SCHEMA + "Error");
        error.put("message", message);
        error.put("status", status.getCode());
        return error;
    }

    public static MutableHttpResponse<Map<String, Object>> response(HttpStatus status, String message) {
        return HttpResponse.<Map<String, Object>>status(status).body(body(status, message))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
