package de.koop.adapter.http;

import de.koop.domain.shared.Text;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Reads a JSON request body strictly: a field of the wrong JSON type is refused with its path
 * ({@code contacts[1].email}) instead of being coerced, as a lenient binder would turn
 * {@code "open": "ja"} into {@code false}, and a field nobody reads is refused as not expected.
 * A string that is not well-formed Unicode (a JSON escape of half a surrogate pair without its other half,
 * which no store can keep) is refused wherever it stands. Absent and {@code null} fields read as {@code null}.
 */
final class JsonBody {

    private final JsonNode node;
    private final String path;
    private final Fields fields;
    private final Set<String> read = new HashSet<>();

    private JsonBody(JsonNode node, String path, Fields fields) {
        this.node = node;
        this.path = path;
        this.fields = fields;
        fields.track(this);
    }

    /**
     * The fields of this object that nothing read: a misspelt name ("shortname") or a field that does
     * not belong here would otherwise be dropped without a word.
     */
    List<String> unreadFields() {
        List<String> unread = new ArrayList<>();
        for (var entry : node.entries()) {
            if (!read.contains(entry.getKey())) {
                unread.add(path(entry.getKey()));
            }
        }
        return unread;
    }

    /** The request body, which must be a JSON object. */
    static JsonBody of(JsonNode body, Fields fields) {
        if (body == null || !body.isObject()) {
            fields.refuse("body", "muss ein JSON-Objekt sein");
            fields.throwIfInvalid();
        }
        return new JsonBody(body, "", fields);
    }

    String string(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            fields.refuse(path(name), "muss eine Zeichenkette sein");
            return null;
        }
        return wellFormed(value.getStringValue(), path(name));
    }

    Boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            fields.refuse(path(name), "muss true oder false sein");
            return null;
        }
        return value.getBooleanValue();
    }

    Long integer(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.getNumberValue().doubleValue() != value.getLongValue()) {
            fields.refuse(path(name), "muss eine ganze Zahl sein");
            return null;
        }
        // every number the model takes fits an int; a larger one must not wrap around silently
        if (Math.abs(value.getNumberValue().doubleValue()) > Integer.MAX_VALUE) {
            fields.refuse(path(name), "ist zu groß");
            return null;
        }
        return value.getLongValue();
    }

    /** Whether the field is present with a value other than {@code null}. */
    boolean has(String name) {
        return value(name) != null;
    }

    /** A nested object, or {@code null} when absent or of the wrong type (which is refused). */
    JsonBody object(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            fields.refuse(path(name), "muss ein JSON-Objekt sein");
            return null;
        }
        return new JsonBody(value, path(name), fields);
    }

    /** A list of objects; absent reads as empty, an element of the wrong type is refused. */
    List<JsonBody> objects(String name) {
        return elements(name, JsonNode::isObject, "muss ein JSON-Objekt sein",
                (element, elementPath) -> new JsonBody(element, elementPath, fields));
    }

    /** A list of strings; absent reads as empty, an element of the wrong type or not Unicode is refused and left out. */
    List<String> strings(String name) {
        return elements(name, JsonNode::isString, "muss eine Zeichenkette sein",
                (element, elementPath) -> wellFormed(element.getStringValue(), elementPath));
    }

    /** The text, or {@code null} when it is not well-formed Unicode (which is refused under its path). */
    private String wellFormed(String text, String at) {
        if (!Text.isWellFormed(text)) {
            fields.refuse(at, Text.NOT_UNICODE);
            return null;
        }
        return text;
    }

    private <T> List<T> elements(String name, Predicate<JsonNode> fits, String reason,
                                 BiFunction<JsonNode, String, T> reader) {
        JsonNode value = value(name);
        List<T> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (!value.isArray()) {
            fields.refuse(path(name), "muss eine Liste sein");
            return elements;
        }
        for (int i = 0; i < value.size(); i++) {
            String elementPath = path(name) + "[" + i + "]";
            JsonNode element = value.get(i);
            if (element == null || !fits.test(element)) {
                fields.refuse(elementPath, reason);
                continue;
            }
            T item = reader.apply(element, elementPath);
            if (item != null) {
                elements.add(item);
            }
        }
        return elements;
    }

    /** Where this object sits in the body: empty for the body itself. */
    String path() {
        return path;
    }

    private JsonNode value(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
