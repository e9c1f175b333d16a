package de.koop.adapter.http;

import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the JSON body of every route of this API that takes a request record ({@code @Body} of a record
 * in this package) with the {@link RequestReader}: Micronaut's JSON mapper parses the text as for any
 * body, so that what is not JSON is refused as before, and the reader maps the tree strictly onto the
 * record. Micronaut picks, among the readers of a media type, the one whose type bound is closest to the
 * argument: {@code Record} here, before its JSON handler's {@code Object}.
 */
@Singleton
@Consumes(MediaType.APPLICATION_JSON)
public class StrictBodyReader<T extends Record> implements MessageBodyReader<T> {

    private static final Argument<JsonNode> TREE = Argument.of(JsonNode.class);

    private final JsonMapper mapper;

    public StrictBodyReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return type.getType().isRecord() && type.getType().getPackageName().equals(getClass().getPackageName())
                && mediaType != null && mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) throws CodecException {
        T value;
        try {
            value = RequestReader.read(mapper.readValue(body, TREE), type.getType());
        } catch (IOException e) {
            throw unreadable(type, e);
        }
        // the caller releases the buffer when reading fails, the reader when it succeeds
        if (body instanceof ReferenceCounted counted) {
            counted.release();
        }
        return value;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        try {
            return RequestReader.read(mapper.readValue(body, TREE), type.getType());
        } catch (IOException e) {
            throw unreadable(type, e);
        }
    }

    /** As Micronaut's own JSON handler says it, so that the problem reads "ist kein gültiges JSON" as before. */
    private static CodecException unreadable(Argument<?> type, IOException e) {
        return new CodecException("Error decoding JSON stream for type [" + type.getName() + "]: " + e.getMessage(), e);
    }
}
