package de.koop.adapter.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The API's reference for people at {@code /api-docs}: Swagger UI (from its WebJar, unpacked by the build,
 * no CDN) on {@code /openapi.yml}, public like the document. Its own script and style are files, so that the
 * page keeps a Content-Security-Policy without inline scripts or styles, as the web interface's pages do.
 */
@Controller(ApiDocsController.PATH)
@Hidden
public class ApiDocsController {

    public static final String PATH = "/api-docs";

    /**
     * Only what the page loads from koop itself; {@code data:} images for Swagger UI's icons; {@code connect-src}
     * for the document and for "try it out" on this server.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'";

    private static final MediaType JAVASCRIPT = MediaType.of("text/javascript;charset=utf-8");
    private static final MediaType CSS = MediaType.of("text/css;charset=utf-8");
    private static final Map<String, MediaType> FILES = Map.of(
            "swagger-ui-bundle.js", JAVASCRIPT,
            "swagger-ui-bundle.js.LICENSE.txt", MediaType.of("text/plain;charset=utf-8"),
            "swagger-ui.css", CSS,
            "api-docs.js", JAVASCRIPT,
            "api-docs.css", CSS);

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<byte[]> page() {
        return answer(read("index.html"), MediaType.of(MediaType.TEXT_HTML + ";charset=utf-8"));
    }

    @Get("/{file}")
    public HttpResponse<?> file(@PathVariable String file) {
        MediaType type = FILES.get(file);
        if (type == null) {
            return HttpResponse.notFound();
        }
        return answer(read(file), type).header(HttpHeaders.CACHE_CONTROL, "max-age=3600");
    }

    private static MutableHttpResponse<byte[]> answer(byte[] content, MediaType type) {
        return HttpResponse.ok(content).contentType(type)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    private static byte[] read(String file) {
        try (InputStream in = ApiDocsController.class.getClassLoader().getResourceAsStream("api-docs/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the build did not bring api-docs/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
