package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PersonId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Networks} adapter must do. Extend it and return your adapter's stores.
 */
public abstract class NetworksContract {

    /** The adapter's stores; return the same instances on every call. */
    protected abstract StoresUnderTest stores();

    private Networks networks() {
        return stores().networks();
    }

    private Partners partners() {
        return stores().partners();
    }

    @BeforeEach
    void startEmpty() {
        stores().emptyAll();
    }

    @Test
    void storesEveryFieldOfANewNetworkAtVersionZero() {
        Network saved = networks().save(Fixtures.leipzig());

        Network found = networks().findById(saved.getId()).orElseThrow();
        assertThat(found.getVersion()).isZero();
        assertThat(found.getName()).isEqualTo("Leipziger Kooperation Pflege");
        assertThat(found.getShortName()).contains("LeiKoP");
        assertThat(found.getRegion()).isEqualTo("Stadt Leipzig");
        assertThat(found.getGoals()).contains("Vorhandene Leistungsangebote erfassen.\nBeratung wohnortnah initiieren.");
        assertThat(found.getAdmission()).isEqualTo(Admission.OPEN);
        assertThat(found.getCoordination()).isEmpty();
    }

    @Test
    void storesAbsentOptionalFieldsAsAbsent() {
        Network saved = networks().save(Fixtures.network("Netzwerk ohne Kurzname"));

        Network found = networks().findById(saved.getId()).orElseThrow();
        assertThat(found.getShortName()).isEmpty();
        assertThat(found.getGoals()).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(networks().findById(NetworkId.newId())).isEmpty();
    }

    @Test
    void savesChangesAndCountsTheVersionUp() {
        Network network = networks().save(Fixtures.leipzig());
        Partner city = partners().save(Fixtures.partner(network.getId(), "Stadt Leipzig, Sozialamt",
                PartnerCategory.CITY_ADMINISTRATION));

        network.rename("Leipziger Kooperation Pflege und Demenz", "LeiKoPD");
        network.close();
        network.assignCoordination(city, city.getContacts().getFirst().id());
        Network saved = networks().save(network);

        assertThat(saved.getVersion()).isEqualTo(1);
        Network found = networks().findById(network.getId()).orElseThrow();
        assertThat(found.getVersion()).isEqualTo(1);
        assertThat(found.getName()).isEqualTo("Leipziger Kooperation Pflege und Demenz");
        assertThat(found.getShortName()).contains("LeiKoPD");
        assertThat(found.getAdmission()).isEqualTo(Admission.CLOSED);
        assertThat(found.getCoordination()).hasValueSatisfying(c -> {
            assertThat(c.partnerId()).isEqualTo(city.getId());
            assertThat(c.contactPersonId()).isEqualTo(city.getContacts().getFirst().id());
        });
    }

    @Test
    void savesWhatAnErasureLeftOfNameRegionAndGoals() {
        Network network = networks().save(Network.create(NetworkId.newId(), "Netz um Anna Roth", "0341-555",
                "Leipzig, Büro Anna Roth", "Ansprechbar: Anna Roth,\n0341-555", Admission.OPEN));
        Redaction erasure = Redaction.of(PersonId.newId(), List.of("Anna Roth", "0341-555"));

        assertThat(network.redact(erasure)).isTrue();
        networks().save(network);

        Network found = networks().findById(network.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Netz um " + erasure.pseudonym());
        assertThat(found.getShortName()).isEmpty();
        assertThat(found.getRegion()).isEqualTo("Leipzig, Büro " + erasure.pseudonym());
        assertThat(found.getGoals()).contains("Ansprechbar: " + erasure.pseudonym() + ",\n" + erasure.pseudonym());
        assertThat(networks().page(new PageRequest(0, 10)).items()).extracting(Network::getName)
                .containsExactly(found.getName());
    }

    @Test
    void refusesToSaveOverANewerVersionAndKeepsTheNewerOne() {
        Network original = networks().save(Fixtures.leipzig());
        Network first = networks().findById(original.getId()).orElseThrow();
        Network second = networks().findById(original.getId()).orElseThrow();

        first.rename("Erste Änderung", null);
        networks().save(first);
        second.rename("Zweite Änderung", null);

        assertThatThrownBy(() -> networks().save(second)).isInstanceOf(VersionConflictException.class);
        Network stored = networks().findById(original.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Erste Änderung");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void listsNetworksByFoldedNameThenIdInPagesThatDoNotOverlap() {
        Stream.of("Zentrum Nord", "Ärztenetz Süd", "aok-Verbund", "AOK Plus Netz", "Beratung West")
                .forEach(name -> networks().save(Fixtures.network(name)));

        Page<Network> first = networks().page(new PageRequest(0, 2));
        Page<Network> second = networks().page(new PageRequest(1, 2));
        Page<Network> third = networks().page(new PageRequest(2, 2));

        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        List<String> names = Stream.of(first, second, third)
                .flatMap(p -> p.items().stream()).map(Network::getName).toList();
        assertThat(names).containsExactly("AOK Plus Netz", "aok-Verbund", "Ärztenetz Süd", "Beratung West",
                "Zentrum Nord");
        assertThat(third.items()).hasSize(1);
    }

    @Test
    void breaksTiesOfEqualNamesByIdSoThatPagingIsStable() {
        for (int i = 0; i < 6; i++) {
            networks().save(Fixtures.network("Gleicher Name"));
        }

        List<String> ids = Stream.of(0, 1, 2)
                .flatMap(p -> networks().page(new PageRequest(p, 2)).items().stream())
                .map(n -> n.getId().toString()).toList();

        assertThat(ids).hasSize(6).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void findsSeveralNetworksByIdLeavingOutUnknownIds() {
        Network leipzig = networks().save(Fixtures.leipzig());
        Network north = networks().save(Fixtures.network("Zentrum Nord"));
        networks().save(Fixtures.network("Beratung West"));

        List<Network> found = networks().findAllById(List.of(leipzig.getId(), north.getId(), NetworkId.newId()));

        BulkLoads.assertGivesWhatFindByIdGives(found, networks()::findById, List.of(leipzig.getId(), north.getId()));
    }

    @Test
    void findsNoNetworksForNoIds() {
        networks().save(Fixtures.leipzig());

        assertThat(networks().findAllById(List.of())).isEmpty();
    }
}
