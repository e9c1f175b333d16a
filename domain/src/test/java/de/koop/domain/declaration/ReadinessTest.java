package de.koop.domain.declaration;

import static de.koop.domain.agreement.Agreements.date;
import static de.koop.domain.agreement.Agreements.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A readiness declaration binds a person to one or more working groups. */
class ReadinessTest {

    private static Readiness readiness(String personName, List<String> groups) {
        return new Readiness(DeclarationId.newId(), NetworkId.newId(), Optional.of(PartnerId.newId()), personName,
                Optional.of(new EmailAddress("clara.berg@sonnenschein.de")), groups, date("2025-05-06"),
                " Koordinatorin Weber ", Ledger.noon("2025-05-06"));
    }

    @Test
    void keepsPersonAndWorkingGroupsTrimmed() {
        Readiness readiness = readiness("  Clara Berg ", List.of(" AG Demenz ", "AG Wohnen"));

        assertThat(readiness.personName()).isEqualTo("Clara Berg");
        assertThat(readiness.workingGroups()).containsExactly("AG Demenz", "AG Wohnen");
        assertThat(readiness.recordedBy()).isEqualTo("Koordinatorin Weber");
        assertThat(readiness.receivedOn()).isEqualTo(date("2025-05-06"));
    }

    @Test
    void needsAtLeastOneWorkingGroup() {
        assertThat(invalid(() -> readiness("Clara Berg", List.of())).field()).isEqualTo("workingGroups");
        assertThat(invalid(() -> readiness("Clara Berg", null)).field()).isEqualTo("workingGroups");
    }

    @Test
    void refusesAWorkingGroupNamedTwiceOrBlank() {
        assertThat(invalid(() -> readiness("Clara Berg", List.of("AG Demenz", " AG Demenz"))).field())
                .isEqualTo("workingGroups");
        assertThat(invalid(() -> readiness("Clara Berg", Arrays.asList("AG Demenz", " "))).field())
                .isEqualTo("workingGroups[1]");
    }

    @Test
    void needsThePersonsName() {
        assertThat(invalid(() -> readiness(" ", List.of("AG Demenz"))).field()).isEqualTo("personName");
    }

    @Test
    void keepsTheWorkingGroupsFromChangingAfterwards() {
        List<String> groups = new java.util.ArrayList<>(List.of("AG Demenz"));
        Readiness readiness = readiness("Clara Berg", groups);

        groups.add("AG Wohnen");

        assertThat(readiness.workingGroups()).containsExactly("AG Demenz");
    }
}
