package de.koop.adapter.http;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.Text;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a JSON request body into a request record strictly, by walking the record's components: the
 * same record is the OpenAPI schema of the body, so what the document promises and what the server
 * accepts cannot part. Every refusal is collected with its JSON path ({@code contacts[1].email}), so that
 * a client learns of all bad fields at once:
 * <ul>
 * <li>no coercion: {@code "12"} is no number, {@code 1} no string, {@code "ja"} no boolean;</li>
 * <li>a field the record does not name is refused ({@code shortname} for {@code shortName});</li>
 * <li>a component is required unless it is {@link Optional} or {@link Nullable}; absent and {@code null}
 *     are alike, an optional list reads as empty;</li>
 * <li>strings must be well-formed Unicode and within the component's {@link Size}; numbers whole and within
 *     its {@link Min} and {@link Max}; enums are their exact names; {@link LocalDate} an ISO date in
 *     1900–2199; {@link UUID} an id;</li>
 * <li>a sealed interface is one of its records, chosen by the discriminator that its {@link Schema} names
 *     with its {@code oneOf} and {@code discriminatorMapping} (the same annotation gives the document its
 *     {@code oneOf}); each record declares the discriminator as a component allowing its own name only, so
 *     that a body matches exactly one of them;</li>
 * <li>a record whose constructor refuses a value ({@link InvalidValueException}) is refused at its path.</li>
 * </ul>
 * Why not Micronaut Serde's own binding into the record: it stops at the first error, says it in English
 * without the field's JSON path, and ignores unknown fields unless each record is told otherwise; a
 * coordinator is to learn of every bad field at once, in German, where it is. Serde still parses the JSON
 * text ({@link StrictBodyReader}); the rules of the values themselves stay in the domain.
 */
final class RequestReader {

    static final String MISSING = "darf nicht leer sein";
    static final String NOT_EXPECTED = "ist hier nicht vorgesehen";
    static final String NOT_AN_OBJECT = "muss ein JSON-Objekt sein";

    private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, boolean.class, Integer.class,
            int.class, Long.class, long.class, LocalDate.class, UUID.class);
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Variants> VARIANTS = new ConcurrentHashMap<>();

    private final Fields fields;

    private RequestReader(Fields fields) {
        this.fields = fields;
    }

    /**
     * The body as the record {@code type}.
     *
     * @throws RequestValidationException naming every field that was refused
     */
    static <T extends Record> T read(JsonNode body, Class<T> type) {
        Fields fields = new Fields();
        if (body == null || !body.isObject()) {
            fields.refuse("body", NOT_AN_OBJECT);
            fields.throwIfInvalid();
        }
        T value = type.cast(new RequestReader(fields).value(body, type, null, ""));
        fields.throwIfInvalid();
        return value;
    }

    /**
     * Walks the types of a request record as reading it would, so that a test finds a record the reader
     * could not read (a component of a type it does not know, a variant without its discriminator) before
     * a client sends one.
     *
     * @throws IllegalStateException naming what cannot be read
     */
    static void check(Type type) {
        Class<?> raw = raw(type);
        if (raw == List.class || raw == Optional.class) {
            check(argument(type));
        } else if (raw.isRecord()) {
            shape(raw).components().values().forEach(component -> check(component.getGenericType()));
        } else if (raw.isSealed() && raw.isInterface()) {
            variants(raw).byName().values().forEach(RequestReader::check);
        } else if (!SCALARS.contains(raw) && !raw.isEnum()) {
            throw new IllegalStateException("a request record may not have a component of type " + type);
        }
    }

    /** The value at {@code path}, or {@code null} when it was refused (and recorded as such). */
    private Object value(JsonNode node, Type type, @Nullable AnnotatedElement declared, String path) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return string(node, declared, path);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.isBoolean() ? node.getBooleanValue() : refuse(path, "muss true oder false sein");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            Long number = integer(node, declared, path);
            return number == null || raw == Long.class || raw == long.class ? number : (Object) number.intValue();
        }
        if (raw.isEnum()) {
            return constant(node, raw, path);
        }
        if (raw == LocalDate.class) {
            return date(node, path);
        }
        if (raw == UUID.class) {
            return uuid(node, path);
        }
        if (raw == List.class) {
            return list(node, argument(type), path);
        }
        if (raw.isRecord()) {
            return node.isObject() ? record(node, raw, path) : refuse(path, NOT_AN_OBJECT);
        }
        if (raw.isSealed() && raw.isInterface()) {
            return node.isObject() ? oneOf(node, raw, path) : refuse(path, NOT_AN_OBJECT);
        }
        throw new IllegalStateException("a request record may not have a component of type " + type);
    }

    private Object record(JsonNode node, Class<?> type, String path) {
        Shape shape = shape(type);
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            if (!shape.components().containsKey(entry.getKey())) {
                refuse(join(path, entry.getKey()), NOT_EXPECTED);
            }
        }
        Object[] values = new Object[shape.components().size()];
        int errors = fields.count();
        int i = 0;
        for (RecordComponent component : shape.components().values()) {
            values[i++] = component(node.get(component.getName()), component, join(path, component.getName()));
        }
        if (fields.count() > errors) {
            return null;
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                return refuse(Fields.join(path, invalid.field()), invalid.reason());
            }
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        }
    }

    private Object component(@Nullable JsonNode node, RecordComponent component, String path) {
        boolean absent = node == null || node.isNull();
        Type type = component.getGenericType();
        if (raw(type) == Optional.class) {
            return absent ? Optional.empty() : Optional.ofNullable(value(node, argument(type), component.getAccessor(), path));
        }
        if (absent) {
            if (!isNullable(component)) {
                return refuse(path, MISSING);
            }
            return raw(type) == List.class ? List.of() : null;
        }
        return value(node, type, component.getAccessor(), path);
    }

    /** The record of a sealed interface that the discriminator names. */
    private Object oneOf(JsonNode node, Class<?> type, String path) {
        Variants variants = variants(type);
        String discriminatorPath = join(path, variants.property());
        JsonNode given = node.get(variants.property());
        if (given == null || given.isNull()) {
            return refuse(discriminatorPath, MISSING);
        }
        Class<?> variant = given.isString() ? variants.byName().get(given.getStringValue()) : null;
        if (variant == null) {
            return refuse(discriminatorPath, "muss " + joinGerman(List.copyOf(variants.byName().keySet())) + " sein");
        }
        return record(node, variant, path);
    }

    private List<Object> list(JsonNode node, Type element, String path) {
        if (!node.isArray()) {
            refuse(path, "muss eine Liste sein");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String itemPath = path + "[" + i + "]";
            if (item == null || item.isNull()) {
                refuse(itemPath, MISSING);
                continue;
            }
            Object value = value(item, element, null, itemPath);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private String string(JsonNode node, @Nullable AnnotatedElement declared, String path) {
        if (!node.isString()) {
            return refuse(path, "muss eine Zeichenkette sein");
        }
        String value = node.getStringValue();
        if (!Text.isWellFormed(value)) {
            return refuse(path, Text.NOT_UNICODE);
        }
        Size size = declared == null ? null : declared.getAnnotation(Size.class);
        if (size != null && value.codePointCount(0, value.length()) > size.max()) {
            return refuse(path, "darf höchstens " + size.max() + " Zeichen lang sein");
        }
        return value;
    }

    private Long integer(JsonNode node, @Nullable AnnotatedElement declared, String path) {
        if (!node.isNumber()) {
            return refuse(path, "muss eine ganze Zahl sein");
        }
        BigDecimal number = new BigDecimal(node.getNumberValue().toString());
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            return refuse(path, "muss eine ganze Zahl sein");
        }
        // every number the model takes fits an int; a larger one must not wrap around silently
        if (number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return refuse(path, "ist zu groß");
        }
        long value = number.longValueExact();
        Min min = declared == null ? null : declared.getAnnotation(Min.class);
        Max max = declared == null ? null : declared.getAnnotation(Max.class);
        if (min != null && max != null && (value < min.value() || value > max.value())) {
            return refuse(path, "muss zwischen " + min.value() + " und " + max.value() + " liegen");
        }
        if (min != null && value < min.value()) {
            return refuse(path, "muss mindestens " + min.value() + " sein");
        }
        if (max != null && value > max.value()) {
            return refuse(path, "darf höchstens " + max.value() + " sein");
        }
        return value;
    }

    private Object constant(JsonNode node, Class<?> type, String path) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (node.isString()) {
            int index = names.indexOf(node.getStringValue());
            if (index >= 0) {
                return type.getEnumConstants()[index];
            }
            return refuse(path, "unbekannter Wert „" + node.getStringValue() + "“; erlaubt: " + String.join(", ", names));
        }
        return refuse(path, "muss einer der Werte " + String.join(", ", names) + " sein");
    }

    private LocalDate date(JsonNode node, String path) {
        return node.isString() ? fields.isoDate(path, node.getStringValue()) : refuse(path, "muss eine Zeichenkette sein");
    }

    private UUID uuid(JsonNode node, String path) {
        if (!node.isString()) {
            return refuse(path, "muss eine Zeichenkette sein");
        }
        String value = node.getStringValue();
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString takes "1-2-3-4-5" as well; an id is its 36 characters
            return id.toString().equals(value.toLowerCase(Locale.ROOT)) ? id : refuse(path, "ist keine gültige Kennung (UUID)");
        } catch (IllegalArgumentException e) {
            return refuse(path, "ist keine gültige Kennung (UUID)");
        }
    }

    private <T> T refuse(String path, String reason) {
        fields.refuse(path, reason);
        return null;
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(Nullable.class)
                || component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** "A, B oder C". */
    static String joinGerman(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " oder " + names.getLast();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("a request record may not have a component of type " + type);
    }

    private static Type argument(Type type) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalStateException(type + " needs its type argument");
    }

    /** A record's components by JSON name, in order, and its canonical constructor. */
    private record Shape(Map<String, RecordComponent> components, Constructor<?> constructor) {
    }

    /** The records of a sealed interface by the name its discriminator gives them. */
    private record Variants(String property, Map<String, Class<?>> byName) {
    }

    private static Variants variants(Class<?> type) {
        return VARIANTS.computeIfAbsent(type, t -> {
            Schema oneOf = t.getAnnotation(Schema.class);
            if (oneOf == null || oneOf.discriminatorProperty().isEmpty()) {
                throw new IllegalStateException(t + " needs @Schema(oneOf, discriminatorProperty, discriminatorMapping)");
            }
            String property = oneOf.discriminatorProperty();
            Map<String, Class<?>> byName = new LinkedHashMap<>();
            for (DiscriminatorMapping mapping : oneOf.discriminatorMapping()) {
                RecordComponent discriminator = shape(mapping.schema()).components().get(property);
                Schema schema = discriminator == null ? null : discriminator.getAccessor().getAnnotation(Schema.class);
                if (schema == null || !List.of(schema.allowableValues()).equals(List.of(mapping.value()))) {
                    throw new IllegalStateException(mapping.schema() + " must declare its " + property
                            + " as @Schema(allowableValues = \"" + mapping.value() + "\")");
                }
                byName.put(mapping.value(), mapping.schema());
            }
            if (!Set.of(t.getPermittedSubclasses()).equals(Set.copyOf(byName.values()))
                    || !Set.of(oneOf.oneOf()).equals(Set.copyOf(byName.values()))) {
                throw new IllegalStateException(t + " must name every permitted record in oneOf and discriminatorMapping");
            }
            return new Variants(property, byName);
        });
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            for (RecordComponent component : components) {
                byName.put(component.getName(), component);
            }
            try {
                Constructor<?> constructor = t.getDeclaredConstructor(Arrays.stream(components)
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return new Shape(byName, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t + " has no canonical constructor", e);
            }
        });
    }
}
