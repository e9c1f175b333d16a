package de.koop.adapter.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.koop.application.port.in.NetworkStampQuery;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers read models computed from one network's data (the dashboard, the public directory) from the
 * JSON kept while the network's change stamp stands: one read of the stamp instead of the dozen the read
 * model takes. Right on every instance, since the stamp lives in the database and rises within every
 * change's transaction, and the model is computed after the stamp was read (at worst it is newer than its
 * stamp, and computed once more). Each answer carries the stamp as its ETag; a client that sends it back in
 * {@code If-None-Match} gets 304 Not Modified. {@code koop.http.read-cache.max-bytes} bounds the memory
 * kept (0: keep nothing, compute every time).
 */
@Singleton
class StampedAnswers {

    private final NetworkStampQuery stamps;
    private final JsonMapper json;
    private final Optional<Cache<String, Kept>> kept;

    /** The JSON of an answer and the stamp it was computed under. */
    private record Kept(long stamp, byte[] body) {
    }

    StampedAnswers(NetworkStampQuery stamps, JsonMapper json,
                   @Value("${koop.http.read-cache.max-bytes:33554432}") long maxBytes) {
        this.stamps = stamps;
        this.json = json;
        this.kept = maxBytes <= 0 ? Optional.empty() : Optional.of(Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Kept value) -> value.body().length + 2 * key.length())
                // a day's answers are not asked for the next day (the date is part of the key)
                .expireAfterAccess(Duration.ofHours(12))
                .build());
    }

    /**
     * @param key     what the answer depends on besides the network's data: the route, the day, the parameters
     * @param compute the read model to answer with, serialisable as JSON
     */
    HttpResponse<?> answer(HttpRequest<?> request, NetworkId network, String key, Supplier<Object> compute) {
        long stamp = stamps.stampOf(network);
        String etag = "\"" + stamp + "-" + Integer.toHexString(key.hashCode()) + "\"";
        if (request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class).filter(held -> matches(held, etag))
                .isPresent()) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag);
        }
        String cacheKey = network + " " + key;
        byte[] body = kept.map(cache -> cache.getIfPresent(cacheKey)).filter(k -> k.stamp() == stamp)
                .map(Kept::body).orElse(null);
        if (body == null) {
            body = render(compute.get());
            Kept fresh = new Kept(stamp, body);
            kept.ifPresent(cache -> cache.put(cacheKey, fresh));
        }
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag);
    }

    /** {@code If-None-Match}: {@code *}, or a list of tags, weak ones ({@code W/"…"}) compared as strong (RFC 9110 8.8.3.2). */
    static boolean matches(String header, String etag) {
        for (String tag : header.split(",")) {
            String held = tag.strip();
            if (held.equals("*") || (held.startsWith("W/") ? held.substring(2) : held).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private byte[] render(Object model) {
        try {
            return json.writeValueAsBytes(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
