package de.koop.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies are read strictly: a wrong JSON type is refused with its path, never coerced. */
class JsonBodyTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private static JsonNode json(String text) throws IOException {
        return JSON.readValue(text, JsonNode.class);
    }

    private static List<Problem.FieldError> refusals(Fields fields) {
        try {
            fields.throwIfInvalid();
            return List.of();
        } catch (RequestValidationException e) {
            return e.errors();
        }
    }

    @Test
    void readsFieldsOfTheRightTypeAndAbsentOrNullAsNull() throws IOException {
        Fields fields = new Fields();
        JsonBody body = JsonBody.of(json("{\"name\": \"LeiKoP\", \"open\": true, \"version\": 3, \"goals\": null}"), fields);

        assertThat(body.string("name")).isEqualTo("LeiKoP");
        assertThat(body.bool("open")).isTrue();
        assertThat(body.integer("version")).isEqualTo(3L);
        assertThat(body.string("goals")).isNull();
        assertThat(body.string("missing")).isNull();
        assertThat(refusals(fields)).isEmpty();
    }

    @Test
    void refusesWrongJsonTypesNamingEachField() throws IOException {
        Fields fields = new Fields();
        JsonBody body = JsonBody.of(json("{\"name\": 42, \"open\": \"ja\", \"version\": 1.5, \"address\": []}"), fields);

        body.string("name");
        body.bool("open");
        body.integer("version");
        body.object("address");

        assertThat(refusals(fields)).extracting(Problem.FieldError::field)
                .containsExactly("name", "open", "version", "address");
    }

    @Test
    void namesTheIndexAndFieldOfNestedListElements() throws IOException {
        Fields fields = new Fields();
        JsonBody body = JsonBody.of(json("{\"contacts\": [{\"email\": \"a@b.de\"}, \"Anna\", {\"email\": 7}]}"), fields);

        List<JsonBody> contacts = body.objects("contacts");
        contacts.forEach(c -> c.string("email"));

        assertThat(contacts).extracting(JsonBody::path).containsExactly("contacts[0]", "contacts[2]");
        assertThat(refusals(fields)).extracting(Problem.FieldError::field)
                .containsExactly("contacts[1]", "contacts[2].email");
    }

    @Test
    void refusesABodyThatIsNoJsonObject() throws IOException {
        Fields fields = new Fields();
        JsonNode array = json("[1, 2]");

        assertThatThrownBy(() -> JsonBody.of(array, fields)).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("body"));
    }

    @Test
    void reportsOnlyTheFirstReasonForAField() {
        Fields fields = new Fields();
        fields.refuse("open", "muss true oder false sein");
        fields.required("open", null);

        assertThat(refusals(fields)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("muss true oder false sein"));
    }

    @Test
    void datesMustBeIsoAndExist() {
        Fields fields = new Fields();

        assertThat(fields.date("on", "2024-02-29")).hasToString("2024-02-29");
        assertThat(fields.date("a", "2025-02-29")).isNull();
        assertThat(fields.date("b", "29.02.2024")).isNull();
        assertThat(refusals(fields)).extracting(Problem.FieldError::field).containsExactly("a", "b");
    }

    @Test
    void refusesFieldsNobodyReadsSuchAsMisspeltNames() throws IOException {
        Fields fields = new Fields();
        JsonBody body = JsonBody.of(json("{\"name\": \"Y\", \"shortname\": \"QA\", \"address\": {\"city\": \"L\", \"zip\": 1}}"),
                fields);

        body.string("name");
        body.string("shortName");
        body.object("address").string("city");

        assertThat(refusals(fields)).extracting(Problem.FieldError::field).containsExactly("shortname", "address.zip");
    }

    @Test
    void refusesStringsThatAreNotUnicodeWhereverTheyStand() throws IOException {
        Fields fields = new Fields();
        // JSON escapes of a lone high and a lone low surrogate, and a well-formed pair
        JsonBody body = JsonBody.of(json("""
                {"name": "A\\ud800B", "region": "\\ud83d\\ude00", "voters": ["Anna", "\\udc00"],
                 "contacts": [{"name": "X\\udbff"}]}"""), fields);

        String name = body.string("name");
        String region = body.string("region");
        List<String> voters = body.strings("voters");
        body.objects("contacts").forEach(c -> c.string("name"));

        assertThat(name).isNull();
        assertThat(region).isEqualTo("\ud83d\ude00");
        assertThat(voters).containsExactly("Anna");
        assertThat(refusals(fields)).extracting(Problem.FieldError::field, Problem.FieldError::reason).containsExactly(
                tuple("name", "enthält Zeichen, die kein gültiges Unicode sind"),
                tuple("voters[1]", "enthält Zeichen, die kein gültiges Unicode sind"),
                tuple("contacts[0].name", "enthält Zeichen, die kein gültiges Unicode sind"));
    }
}
