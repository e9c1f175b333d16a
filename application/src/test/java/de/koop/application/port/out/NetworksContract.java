package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.NameFilter;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Networks} adapter must do. Extend it and return your adapter's stores.
 */
public abstract class NetworksContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Networks networks();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private Networks networks() {
        return stores().networks();
    }

    @BeforeEach
    void startEmpty() {
        stores().emptyAll();
    }

    @Test
    void storesEveryFieldOfANewNetworkAtVersionZero() {
        Network given = Fixtures.leipzig();
        Network saved = networks().save(given);

        Network found = networks().findById(saved.getId()).orElseThrow();
        assertThat(found.getVersion()).isZero();
        assertThat(saved.getVersion()).isZero();
        assertThat(found.getName()).isEqualTo("Leipziger Kooperation Pflege");
        assertThat(found.getShortName()).contains("LeiKoP");
        assertThat(found.getRegion()).isEqualTo("Stadt Leipzig");
        assertThat(found.getGoals()).contains("Vorhandene Leistungsangebote erfassen.\nBeratung wohnortnah initiieren.");
        assertThat(found.getAdmission()).isEqualTo(Admission.OPEN);
        assertThat(found.getCoordination()).isEmpty();
        ReadBack.sameAsGiven(found, given, "version", 0);
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
    void savesEveryChangeAndKeepsEveryOtherFieldCountingTheVersionUp() {
        Network network = ReadBack.saved(Fixtures.leipzig(), networks()::save, n -> networks().findById(n.getId()),
                "version", 0);
        // the coordinating partner is only referred to by id: this contract needs no Partners store
        Partner city = Fixtures.partner(network.getId(), "Stadt Leipzig, Sozialamt", PartnerCategory.CITY_ADMINISTRATION);

        network.rename("Leipziger Kooperation Pflege und Demenz", "LeiKoPD");
        network.close();
        network.assignCoordination(city, city.getContacts().get(1).id());
        Network saved = networks().save(network);

        assertThat(saved.getVersion()).isEqualTo(1);
        Network found = networks().findById(network.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Leipziger Kooperation Pflege und Demenz");
        assertThat(found.getShortName()).contains("LeiKoPD");
        assertThat(found.getRegion()).isEqualTo("Stadt Leipzig");
        assertThat(found.getAdmission()).isEqualTo(Admission.CLOSED);
        assertThat(found.getCoordination()).hasValueSatisfying(c -> {
            assertThat(c.partnerId()).isEqualTo(city.getId());
            assertThat(c.contactPersonId()).isEqualTo(city.getContacts().get(1).id());
        });
        ReadBack.sameAsGiven(found, network, "version", 1);

        found.rename("LeiKoP", null);
        found.reopen();
        networks().save(found);

        Network again = networks().findById(network.getId()).orElseThrow();
        assertThat(again.getShortName()).as("a short name removed on update").isEmpty();
        assertThat(again.getAdmission()).isEqualTo(Admission.OPEN);
        ReadBack.sameAsGiven(again, found, "version", 2);
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
        ReadBack.sameAsGiven(found, network, "version", 1);
        assertThat(networks().page(Optional.empty(), new PageRequest(0, 10)).items()).extracting(Network::getName)
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

        assertThatThrownBy(() -> networks().save(second)).isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("Netzwerk " + original.getId());
        Network stored = networks().findById(original.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Erste Änderung");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        Network original = networks().save(Fixtures.leipzig());
        long[] version = {0};

        ConcurrentSaves.raceRounds(() -> networks().findById(original.getId()).orElseThrow(),
                (copy, writer) -> copy.rename("Schreiber " + writer + " in Runde " + version[0], null),
                networks()::save, winner -> {
                    Network stored = networks().findById(original.getId()).orElseThrow();
                    assertThat(stored.getName()).isEqualTo("Schreiber " + winner + " in Runde " + version[0]);
                    assertThat(stored.getVersion()).isEqualTo(++version[0]);
                });
    }

    @Test
    void listsNetworksByFoldedNameThenIdInPagesThatDoNotOverlap() {
        // saved in neither alphabetical nor id order; five names fold to the same key and straddle a page
        List<String> names = List.of("Zentrum Nord", "AOK Verbund", "Ärztenetz Süd", "aok-Verbund", "Beratung West",
                "AOK Plus Netz", "A.O.K. Verbund", "Aok Verbund!", "AOK  VERBUND");
        List<NetworkId> ids = Ids.descending(names.size(), NetworkId::new);
        for (int i = 0; i < names.size(); i++) {
            networks().save(Fixtures.network(ids.get(i), names.get(i)));
        }

        Page<Network> first = networks().page(Optional.empty(), new PageRequest(0, 3));
        Page<Network> second = networks().page(Optional.empty(), new PageRequest(1, 3));
        Page<Network> third = networks().page(Optional.empty(), new PageRequest(2, 3));

        assertThat(first.totalItems()).isEqualTo(9);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(third.totalItems()).isEqualTo(9);
        List<String> listed = Stream.of(first, second, third)
                .flatMap(p -> p.items().stream()).map(Network::getName).toList();
        // equal keys by id: the one saved last has the least id
        assertThat(listed).containsExactly("AOK Plus Netz", "AOK  VERBUND", "Aok Verbund!", "A.O.K. Verbund",
                "aok-Verbund", "AOK Verbund", "Ärztenetz Süd", "Beratung West", "Zentrum Nord");
        assertThat(third.items()).hasSize(3);
        assertThat(networks().page(Optional.empty(), new PageRequest(3, 3)).items()).isEmpty();
    }

    @Test
    void findsNetworksWhoseNameContainsATextWhateverItsCaseAccentsAndPunctuationInPages() {
        List<String> names = List.of("Pflegenetz Nord", "Ärztenetz Süd", "PFLEGE-Verbund West", "Beratung Ost",
                "Netzwerk Pflege Leipzig");
        List<NetworkId> ids = Ids.descending(names.size(), NetworkId::new);
        for (int i = 0; i < names.size(); i++) {
            networks().save(Fixtures.network(ids.get(i), names.get(i)));
        }

        Page<Network> first = networks().page(Optional.of(new NameFilter("pflege")), new PageRequest(0, 2));
        Page<Network> second = networks().page(Optional.of(new NameFilter("Pflege")), new PageRequest(1, 2));

        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(Stream.of(first, second).flatMap(p -> p.items().stream()).map(Network::getName))
                .containsExactly("Netzwerk Pflege Leipzig", "Pflegenetz Nord", "PFLEGE-Verbund West");
        assertThat(networks().page(Optional.of(new NameFilter("ÄRZTENETZ")), new PageRequest(0, 10)).items())
                .extracting(Network::getName).containsExactly("Ärztenetz Süd");
        assertThat(networks().page(Optional.of(new NameFilter("Ost-West")), new PageRequest(0, 10)).totalItems())
                .isZero();
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
    void findsNetworksByMoreIdsThanOneStatementTakes() {
        Network first = networks().save(Fixtures.network("Erstes"));
        Network middle = networks().save(Fixtures.network("Mittleres"));
        Network last = networks().save(Fixtures.network("Letztes"));
        // stores may read many ids in parts; those asked for are spread over several thousand unknown ones
        List<NetworkId> wanted = new ArrayList<>(List.of(first.getId()));
        Stream.generate(NetworkId::newId).limit(1_500).forEach(wanted::add);
        wanted.add(middle.getId());
        wanted.add(first.getId());
        Stream.generate(NetworkId::newId).limit(1_500).forEach(wanted::add);
        wanted.add(last.getId());

        assertThat(networks().findAllById(wanted)).extracting(Network::getName)
                .containsExactlyInAnyOrder("Erstes", "Mittleres", "Letztes");
    }

    @Test
    void findsNoNetworksForNoIds() {
        networks().save(Fixtures.leipzig());

        assertThat(networks().findAllById(List.of())).isEmpty();
    }

    @Test
    void aUseCaseThatFailsAfterSavingLeavesNoNetworkSavedOrChanged() {
        Network kept = networks().save(Fixtures.leipzig());
        Network changed = networks().findById(kept.getId()).orElseThrow();
        changed.rename("Nie gespeichert", null);
        Network added = Fixtures.network("Nie angelegt");
        Network nested = Fixtures.network("In geschachtelter Arbeit nie angelegt");

        // work nested in the use case's transaction joins it, and is undone with it
        FailingUseCase.run(stores(), () -> stores().transactions().inTransaction(() -> networks().save(nested)));
        assertThat(networks().findById(nested.getId())).isEmpty();
        FailingUseCase.commit(stores(), () -> assertThat(stores().transactions().inTransaction(() -> "innen"))
                .as("nested work's result").isEqualTo("innen"));

        FailingUseCase.undoesSaves(stores(), Network::getId, networks()::findById, networks()::save, "version",
                kept, changed, added);
    }
}
