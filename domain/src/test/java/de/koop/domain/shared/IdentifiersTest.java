package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    private static final String CANONICAL = "123e4567-e89b-12d3-a456-426614174000";

    @Test
    void parsesACanonicalUuid() {
        NetworkId id = NetworkId.parse(CANONICAL, "networkId");

        assertThat(id.value()).isEqualTo(UUID.fromString(CANONICAL));
        assertThat(id).hasToString(CANONICAL);
    }

    @Test
    void acceptsUpperCaseAndSurroundingWhitespaceAsTheSameId() {
        assertThat(NetworkId.parse("  " + CANONICAL.toUpperCase() + " ", "networkId"))
                .isEqualTo(NetworkId.parse(CANONICAL, "networkId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "leikop",
            "12345",
            "123e4567e89b12d3a456426614174000",        // without hyphens
            "1-1-1-1-1",                               // UUID.fromString accepts it, it is not canonical
            "123e4567-e89b-12d3-a456-42661417400",     // a digit short
            "0123e4567-e89b-12d3-a456-426614174000",   // a digit too many
            "123e4567-e89b-12d3-a456-42661417400g",    // not hexadecimal
            "{123e4567-e89b-12d3-a456-426614174000}"
    })
    void refusesWhatIsNoCanonicalUuidNamingTheGivenField(String value) {
        assertThatThrownBy(() -> NetworkId.parse(value, "coordinatorNetworkId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("coordinatorNetworkId");
                    assertThat(e.reason()).isEqualTo("ist keine gültige Kennung (UUID)");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesAMissingIdAsEmpty(String value) {
        assertThatThrownBy(() -> NetworkId.parse(value, "networkId"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("networkId");
                    assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                });
    }

    @Test
    void partnerAndPersonIdsAreParsedTheSameWay() {
        assertThat(PartnerId.parse(CANONICAL, "partnerId").value()).isEqualTo(UUID.fromString(CANONICAL));
        assertThat(PersonId.parse(CANONICAL, "contactPersonId").value()).isEqualTo(UUID.fromString(CANONICAL));
        assertThatThrownBy(() -> PartnerId.parse("1-1-1-1-1", "partnerId"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("partnerId"));
        assertThatThrownBy(() -> PersonId.parse("nobody", "contactPersonId"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("contactPersonId"));
    }

    @Test
    void newIdsAreDistinct() {
        assertThat(NetworkId.newId()).isNotEqualTo(NetworkId.newId());
        assertThat(PartnerId.newId()).isNotEqualTo(PartnerId.newId());
        assertThat(PersonId.newId()).isNotEqualTo(PersonId.newId());
    }

    @Test
    void anIdNeedsAValue() {
        assertThatThrownBy(() -> new NetworkId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PartnerId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PersonId(null)).isInstanceOf(NullPointerException.class);
    }
}
