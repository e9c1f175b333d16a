package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.koop.domain.shared.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are read strictly into records: a wrong JSON type is refused with its path, never
 * coerced; unknown fields and missing required ones are refused; every refusal is reported at once.
 */
class RequestReaderTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    enum Colour { RED, GREEN }

    record Address(@Size(max = 10) String city, @Nullable String street) {
    }

    record Contact(String name, @Nullable String email) {
        Contact {
            if (email != null && !email.contains("@")) {
                throw new InvalidValueException("email", "ist keine gültige E-Mail-Adresse");
            }
        }
    }

    @Schema(oneOf = {Shape.Circle.class, Shape.Square.class}, discriminatorProperty = "type", discriminatorMapping = {
        @DiscriminatorMapping(value = "CIRCLE", schema = Shape.Circle.class),
        @DiscriminatorMapping(value = "SQUARE", schema = Shape.Square.class)})
    sealed interface Shape {
        record Circle(@Schema(allowableValues = "CIRCLE", requiredMode = REQUIRED) String type, int radius)
                implements Shape {
        }

        record Square(@Schema(allowableValues = "SQUARE", requiredMode = REQUIRED) String type,
                      @Min(1) @Max(10) int side, @Nullable Colour colour) implements Shape {
        }
    }

    record Everything(String name, boolean open, @Min(0) int count, long version, Colour colour, LocalDate on,
                      UUID id, Address address, @Nullable List<Contact> contacts, List<String> tags,
                      Optional<Integer> limit, @Nullable Boolean flag, @Nullable LocalDate until, Shape shape) {
    }

    private static final String GOOD = """
            {"name": "LeiKoP", "open": true, "count": 3, "version": 7, "colour": "RED", "on": "2024-02-29",
             "id": "6f1c2a56-0000-4000-8000-000000000000", "address": {"city": "Leipzig"},
             "contacts": [{"name": "Anna", "email": "anna@example.org"}], "tags": ["a", "b"],
             "shape": {"type": "SQUARE", "side": 2}}""";

    private static JsonNode json(String text) throws IOException {
        return JSON.readValue(text, JsonNode.class);
    }

    private static List<Tuple> refusals(String text, Class<? extends Record> type) throws IOException {
        JsonNode body = json(text);
        try {
            RequestReader.read(body, type);
            return List.of();
        } catch (RequestValidationException e) {
            return e.errors().stream().map(error -> tuple(error.field(), error.reason())).toList();
        }
    }

    @Test
    void readsEveryKindOfComponentAndLeavesOptionalOnesEmpty() throws IOException {
        Everything read = RequestReader.read(json(GOOD), Everything.class);

        assertThat(read.name()).isEqualTo("LeiKoP");
        assertThat(read.open()).isTrue();
        assertThat(read.count()).isEqualTo(3);
        assertThat(read.version()).isEqualTo(7L);
        assertThat(read.colour()).isEqualTo(Colour.RED);
        assertThat(read.on()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read.id()).isEqualTo(UUID.fromString("6f1c2a56-0000-4000-8000-000000000000"));
        assertThat(read.address()).isEqualTo(new Address("Leipzig", null));
        assertThat(read.contacts()).containsExactly(new Contact("Anna", "anna@example.org"));
        assertThat(read.tags()).containsExactly("a", "b");
        assertThat(read.limit()).isEmpty();
        assertThat(read.flag()).isNull();
        assertThat(read.until()).isNull();
        assertThat(read.shape()).isEqualTo(new Shape.Square("SQUARE", 2, null));
    }

    @Test
    void absentAndNullAreAlikeAndAnOptionalListReadsAsEmpty() throws IOException {
        Everything read = RequestReader.read(json(GOOD.replace("\"contacts\": [{\"name\": \"Anna\", \"email\": "
                + "\"anna@example.org\"}]", "\"contacts\": null, \"limit\": 5, \"flag\": null")), Everything.class);

        assertThat(read.contacts()).isEmpty();
        assertThat(read.limit()).contains(5);
        assertThat(read.flag()).isNull();
    }

    @Test
    void coercesNoJsonType() throws IOException {
        assertThat(refusals("""
                {"name": 1, "open": "true", "count": "12", "version": 1.5, "colour": 0, "on": 20240229,
                 "id": 7, "address": "Leipzig", "contacts": {"name": "Anna"}, "tags": "a", "limit": true,
                 "shape": []}""", Everything.class)).containsExactly(
                tuple("name", "muss eine Zeichenkette sein"),
                tuple("open", "muss true oder false sein"),
                tuple("count", "muss eine ganze Zahl sein"),
                tuple("version", "muss eine ganze Zahl sein"),
                tuple("colour", "muss einer der Werte RED, GREEN sein"),
                tuple("on", "muss eine Zeichenkette sein"),
                tuple("id", "muss eine Zeichenkette sein"),
                tuple("address", "muss ein JSON-Objekt sein"),
                tuple("contacts", "muss eine Liste sein"),
                tuple("tags", "muss eine Liste sein"),
                tuple("limit", "muss eine ganze Zahl sein"),
                tuple("shape", "muss ein JSON-Objekt sein"));
    }

    @Test
    void refusesMissingRequiredFieldsAndUnknownOnesNamingEach() throws IOException {
        assertThat(refusals("{\"nmae\": \"LeiKoP\", \"address\": {\"city\": \"L\", \"zip\": \"04103\"}}",
                Everything.class)).containsExactly(
                tuple("nmae", "ist hier nicht vorgesehen"),
                tuple("name", "darf nicht leer sein"),
                tuple("open", "darf nicht leer sein"),
                tuple("count", "darf nicht leer sein"),
                tuple("version", "darf nicht leer sein"),
                tuple("colour", "darf nicht leer sein"),
                tuple("on", "darf nicht leer sein"),
                tuple("id", "darf nicht leer sein"),
                tuple("address.zip", "ist hier nicht vorgesehen"),
                tuple("tags", "darf nicht leer sein"),
                tuple("shape", "darf nicht leer sein"));
    }

    @Test
    void namesTheIndexAndFieldOfNestedListElementsAndTheFieldARecordRefuses() throws IOException {
        assertThat(refusals(GOOD.replace("[{\"name\": \"Anna\", \"email\": \"anna@example.org\"}]",
                "[{\"name\": \"Anna\"}, \"Bert\", {\"name\": \"Carla\", \"email\": 7}, null,"
                        + " {\"name\": \"Dora\", \"email\": \"dora-at-example\"}]").replace("[\"a\", \"b\"]", "[\"a\", 2]"),
                Everything.class)).containsExactly(
                tuple("contacts[1]", "muss ein JSON-Objekt sein"),
                tuple("contacts[2].email", "muss eine Zeichenkette sein"),
                tuple("contacts[3]", "darf nicht leer sein"),
                tuple("contacts[4].email", "ist keine gültige E-Mail-Adresse"),
                tuple("tags[1]", "muss eine Zeichenkette sein"));
    }

    @Test
    void refusesValuesOutsideTheirFormatOrBounds() throws IOException {
        assertThat(refusals(GOOD.replace("\"count\": 3", "\"count\": -1").replace("\"2024-02-29\"", "\"2025-02-29\"")
                        .replace("\"RED\"", "\"red\"").replace("6f1c2a56-0000-4000-8000-000000000000", "6f1c2a56")
                        .replace("\"Leipzig\"", "\"Leipzig-Mitte\"").replace("\"version\": 7", "\"version\": 3000000000")
                        .replace("\"side\": 2", "\"side\": 11"), Everything.class)).containsExactly(
                tuple("count", "muss mindestens 0 sein"),
                tuple("version", "ist zu groß"),
                tuple("colour", "unbekannter Wert „red“; erlaubt: RED, GREEN"),
                tuple("on", "ist kein gültiges Datum (JJJJ-MM-TT)"),
                tuple("id", "ist keine gültige Kennung (UUID)"),
                tuple("address.city", "darf höchstens 10 Zeichen lang sein"),
                tuple("shape.side", "muss zwischen 1 und 10 liegen"));
        assertThat(refusals(GOOD.replace("\"2024-02-29\"", "\"1899-12-31\""), Everything.class))
                .containsExactly(tuple("on", "liegt außerhalb der Jahre 1900 bis 2199"));
    }

    @Test
    void aWholeNumberWrittenWithAFractionIsStillWhole() throws IOException {
        assertThat(RequestReader.read(json(GOOD.replace("\"count\": 3", "\"count\": 3.0")), Everything.class).count())
                .isEqualTo(3);
    }

    @Test
    void choosesTheRecordOfASealedInterfaceByItsDiscriminator() throws IOException {
        assertThat(RequestReader.read(json(GOOD.replace("{\"type\": \"SQUARE\", \"side\": 2}",
                "{\"type\": \"CIRCLE\", \"radius\": 4}")), Everything.class).shape())
                .isEqualTo(new Shape.Circle("CIRCLE", 4));
        assertThat(refusals(GOOD.replace("{\"type\": \"SQUARE\", \"side\": 2}", "{\"side\": 2}"), Everything.class))
                .containsExactly(tuple("shape.type", "darf nicht leer sein"));
        assertThat(refusals(GOOD.replace("\"SQUARE\"", "\"TRIANGLE\""), Everything.class))
                .containsExactly(tuple("shape.type", "muss CIRCLE oder SQUARE sein"));
        // the fields of one variant are not those of another
        assertThat(refusals(GOOD.replace("{\"type\": \"SQUARE\", \"side\": 2}",
                "{\"type\": \"CIRCLE\", \"side\": 2, \"colour\": \"GREEN\"}"), Everything.class)).containsExactly(
                tuple("shape.side", "ist hier nicht vorgesehen"),
                tuple("shape.colour", "ist hier nicht vorgesehen"),
                tuple("shape.radius", "darf nicht leer sein"));
    }

    @Test
    void refusesABodyThatIsNoJsonObject() throws IOException {
        assertThat(refusals("[1, 2]", Everything.class)).containsExactly(tuple("body", "muss ein JSON-Objekt sein"));
    }

    @Test
    void refusesStringsThatAreNotUnicodeWhereverTheyStand() throws IOException {
        // JSON escapes of a lone high and a lone low surrogate, and a well-formed pair
        assertThat(refusals(GOOD.replace("\"LeiKoP\"", "\"A\\ud800B\"").replace("\"a\", \"b\"", "\"\\ud83d\\ude00\", \"\\udc00\"")
                .replace("\"Anna\"", "\"X\\udbff\""), Everything.class)).containsExactly(
                tuple("name", "enthält Zeichen, die kein gültiges Unicode sind"),
                tuple("contacts[0].name", "enthält Zeichen, die kein gültiges Unicode sind"),
                tuple("tags[1]", "enthält Zeichen, die kein gültiges Unicode sind"));
    }

    @Schema(oneOf = Broken.Only.class, discriminatorProperty = "type", discriminatorMapping =
            @DiscriminatorMapping(value = "ONLY", schema = Broken.Only.class))
    sealed interface Broken {
        record Only(int value) implements Broken {
        }
    }

    record WithBroken(Broken broken) {
    }

    @Test
    void aVariantMustDeclareItsDiscriminatorSoThatItsSchemaRequiresIt() {
        assertThatThrownBy(() -> RequestReader.read(json("{\"broken\": {\"type\": \"ONLY\", \"value\": 1}}"),
                WithBroken.class)).isInstanceOf(IllegalStateException.class).hasMessageContaining("allowableValues");
    }
}
