package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.Person;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Partners} adapter must do. Extend it and return your adapter's stores.
 */
public abstract class PartnersContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Networks networks();
        Partners partners();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private Networks networks() {
        return stores().networks();
    }

    private Partners partners() {
        return stores().partners();
    }

    private Network network;

    @BeforeEach
    void startWithOneNetwork() {
        stores().emptyAll();
        network = networks().save(Fixtures.leipzig());
    }

    /**
     * A partner whose three contacts stand in neither alphabetical nor id order (the ids fall as the
     * positions rise), so that a store reading contacts back by name or by id is caught.
     */
    private Partner withThreeContacts(PartnerId id, String name, PartnerCategory category) {
        List<PersonId> ids = Ids.descending(3, PersonId::new);
        return Partner.create(id, network.getId(), PartnerData.of(name, category,
                new PostalAddress("Prager Straße 21", "04103", "Leipzig"))
                .withLogo(new LogoReference("https://example.org/logo.png"))
                .withNoCommercialInterestDeclaredOn(LocalDate.of(2024, 3, 1)), List.of(
                        new ContactDetails(Optional.of(ids.get(0)), "Mia Koch", Optional.of("Geschäftsführung"),
                                Optional.of(new PhoneNumber("0341 123-4567")),
                                Optional.of(new EmailAddress("mia.koch@example.org"))),
                        new ContactDetails(Optional.of(ids.get(1)), "Anna Schmidt", Optional.empty(),
                                Optional.of(new PhoneNumber("0341 123-0000")), Optional.empty()),
                        new ContactDetails(Optional.of(ids.get(2)), "Zora Weber", Optional.of("Vertretung"),
                                Optional.empty(), Optional.of(new EmailAddress("zora.weber@example.org")))));
    }

    @Test
    void storesEveryFieldOfANewPartnerWithItsContactsInOrder() {
        Partner given = withThreeContacts(PartnerId.newId(), "AOK PLUS", PartnerCategory.COST_BEARER);
        Partner saved = partners().save(given);

        Partner found = partners().findById(saved.getId()).orElseThrow();
        assertThat(found.getVersion()).isZero();
        assertThat(saved.getVersion()).isZero();
        assertThat(found.getNetworkId()).isEqualTo(network.getId());
        assertThat(found.getName()).isEqualTo("AOK PLUS");
        assertThat(found.getCategory()).isEqualTo(PartnerCategory.COST_BEARER);
        assertThat(found.getAddress()).isEqualTo(new PostalAddress("Prager Straße 21", "04103", "Leipzig"));
        assertThat(found.getData().logo()).hasValueSatisfying(l -> assertThat(l.url()).isEqualTo("https://example.org/logo.png"));
        assertThat(found.getData().noCommercialInterestDeclaredOn()).contains(LocalDate.of(2024, 3, 1));
        assertThat(found.getLogoConsent()).isEqualTo(new PublicationConsent.NotGiven());
        assertThat(found.getContactsConsent()).isEqualTo(new PublicationConsent.NotGiven());
        assertThat(found.getContacts()).extracting(Person::name).containsExactly("Mia Koch", "Anna Schmidt",
                "Zora Weber");
        assertThat(found.getContacts()).containsExactlyElementsOf(given.getContacts());
        ReadBack.sameAsGiven(found, given, "version", 0);
    }

    @Test
    void savesEveryFieldOnUpdateContactsInTheirNewOrder() {
        Partner partner = ReadBack.saved(withThreeContacts(PartnerId.newId(), "AOK PLUS", PartnerCategory.COST_BEARER),
                partners()::save, p -> partners().findById(p.getId()), "version", 0);
        List<Person> before = partner.getContacts();
        partner.update(PartnerData.of("AOK PLUS – Die Gesundheitskasse", PartnerCategory.HOSPITAL,
                new PostalAddress("Sternwartenstraße 4", "04103", "Leipzig"))
                .withLogo(new LogoReference("https://example.org/neues-logo.svg"))
                .withNoCommercialInterestDeclaredOn(LocalDate.of(2025, 6, 30)), List.of(
                        new ContactDetails(Optional.of(before.get(2).id()), "Zora Weber-Lange", Optional.empty(),
                                Optional.of(new PhoneNumber("0341 999-1111")), Optional.empty()),
                        Fixtures.contact("Bernd Neu", "bernd.neu@example.org"),
                        new ContactDetails(Optional.of(before.get(0).id()), "Mia Koch", Optional.of("Vorstand"),
                                Optional.empty(), Optional.of(new EmailAddress("mia@example.org")))));
        partner.giveConsent(ConsentScope.LOGO, LocalDate.of(2025, 7, 1));
        partner.giveConsent(ConsentScope.CONTACTS, LocalDate.of(2025, 7, 2));
        partners().save(partner);

        Partner found = partners().findById(partner.getId()).orElseThrow();
        assertThat(found.getCategory()).isEqualTo(PartnerCategory.HOSPITAL);
        assertThat(found.getAddress()).isEqualTo(new PostalAddress("Sternwartenstraße 4", "04103", "Leipzig"));
        assertThat(found.getContacts()).extracting(Person::name).containsExactly("Zora Weber-Lange", "Bernd Neu",
                "Mia Koch");
        assertThat(found.getContacts().getFirst().id()).isEqualTo(before.get(2).id());
        ReadBack.sameAsGiven(found, partner, "version", 1);

        found.update(PartnerData.of(found.getName(), PartnerCategory.OTHER, new PostalAddress("Am Markt 1", "04109",
                "Leipzig")), List.of());
        found.withdrawConsent(ConsentScope.LOGO, LocalDate.of(2025, 8, 1));
        partners().save(found);

        Partner again = partners().findById(partner.getId()).orElseThrow();
        assertThat(again.getData().logo()).as("a logo removed on update").isEmpty();
        assertThat(again.getData().noCommercialInterestDeclaredOn()).isEmpty();
        assertThat(again.getContacts()).isEmpty();
        ReadBack.sameAsGiven(again, found, "version", 2);
    }

    @Test
    void keepsWhatAContactWasBeforeACorrectionAndWhatAnErasureLeftOfPartnerAndContacts() {
        Partner partner = partners().save(Fixtures.partner(network.getId(), "Praxis Anna Schmidt",
                PartnerCategory.MEDICAL_SERVICE));
        Person anna = partner.getContacts().getFirst();
        Person jonas = partner.getContacts().get(1);
        partner.update(PartnerData.of(partner.getName(), partner.getCategory(), partner.getAddress())
                .withLogo(partner.getData().logo().orElse(null)), List.of(
                new ContactDetails(Optional.of(anna.id()), "Anna Schmidt", Optional.of("Leitung"),
                        Optional.of(new PhoneNumber("0341 555-0000")),
                                Optional.of(new EmailAddress("anna@praxis.example"))),
                new ContactDetails(Optional.of(jonas.id()), "Jonas Weber", Optional.of("Vertretung für Anna Schmidt"),
                        Optional.empty(), Optional.empty())));
        partner = ReadBack.saved(partner, partners()::save, p -> partners().findById(p.getId()), "version", 1);

        assertThat(partners().findById(partner.getId()).orElseThrow().getContacts().getFirst().formerValues())
                .containsExactly("anna.schmidt@example.org", "0341 123-4567");

        Redaction erasure = Redaction.of(anna.id(), partner.contact(anna.id()).orElseThrow().knownValues());
        assertThat(partner.redact(erasure)).isTrue();
        partner.eraseContact(erasure);
        partners().save(partner);

        Partner found = partners().findById(partner.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Praxis " + erasure.pseudonym());
        assertThat(found.getContacts().getFirst()).isEqualTo(new Person(anna.id(), erasure.pseudonym(),
                Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThat(found.getContacts().get(1).function()).contains("Vertretung für " + erasure.pseudonym());
        assertThat(found.getContacts().get(1).formerValues()).as("another's own").containsExactly("0341 123-4567");
    }

    @Test
    void storesConsentsWithTheirDates() {
        Partner partner = partners().save(Fixtures.partner(network.getId(), "Klinikum St. Georg",
                PartnerCategory.HOSPITAL));
        partner.giveConsent(ConsentScope.LOGO, LocalDate.of(2024, 2, 29));
        partner.giveConsent(ConsentScope.CONTACTS, LocalDate.of(2024, 3, 1));
        partner.withdrawConsent(ConsentScope.CONTACTS, LocalDate.of(2025, 12, 31));
        partners().save(partner);

        Partner found = partners().findById(partner.getId()).orElseThrow();
        assertThat(found.getLogoConsent()).isEqualTo(new PublicationConsent.Given(LocalDate.of(2024, 2, 29)));
        assertThat(found.getContactsConsent()).isEqualTo(new PublicationConsent.Withdrawn(LocalDate.of(2025, 12, 31)));
        assertThat(found.getVersion()).isEqualTo(1);
    }

    @Test
    void replacesContactsOnUpdateKeepingTheIdsOfThoseKept() {
        Partner partner = partners().save(Fixtures.partner(network.getId(), "Pflegedienst Sonnenschein",
                PartnerCategory.SERVICE_PROVIDER));
        Person kept = partner.getContacts().get(1);
        ContactDetails keptChanged = new ContactDetails(Optional.of(kept.id()), "Jonas Weber-Lange", Optional.empty(),
                Optional.empty(), Optional.of(new EmailAddress("jonas@sonnenschein.example")));
        partner.update(PartnerData.of("Pflegedienst Sonnenschein gGmbH", PartnerCategory.SERVICE_PROVIDER,
                new PostalAddress("Karl-Liebknecht-Straße 5", "04107", "Leipzig")), List.of(keptChanged,
                Fixtures.contact("Mia Koch", "mia.koch@sonnenschein.example")));
        partners().save(partner);

        Partner found = partners().findById(partner.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Pflegedienst Sonnenschein gGmbH");
        assertThat(found.getData().logo()).isEmpty();
        assertThat(found.getData().noCommercialInterestDeclaredOn()).isEmpty();
        assertThat(found.getContacts()).extracting(Person::name).containsExactly("Jonas Weber-Lange", "Mia Koch");
        assertThat(found.getContacts().getFirst().id()).isEqualTo(kept.id());
        assertThat(found.getContacts().getFirst().function()).isEmpty();
        assertThat(found.getContacts().getFirst().phone()).isEmpty();
    }

    @Test
    void refusesToSaveOverANewerVersionAndKeepsTheNewerOne() {
        Partner original = partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));
        Partner first = partners().findById(original.getId()).orElseThrow();
        Partner second = partners().findById(original.getId()).orElseThrow();
        first.update(PartnerData.of("AOK PLUS – Die Gesundheitskasse", first.getCategory(), first.getAddress()),
                List.of());
        partners().save(first);
        second.update(PartnerData.of("Veraltet", second.getCategory(), second.getAddress()),
                List.of(Fixtures.contact("Nicht Gespeichert", "nicht@example.org")));

        assertThatThrownBy(() -> partners().save(second)).isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("Partner " + original.getId());
        Partner stored = partners().findById(original.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo("AOK PLUS – Die Gesundheitskasse");
        assertThat(stored.getContacts()).isEmpty();
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        Partner original = partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));
        long[] version = {0};

        // both writers read the same version before either saves, as two coordinators would
        ConcurrentSaves.raceRounds(() -> partners().findById(original.getId()).orElseThrow(),
                (copy, writer) -> copy.update(PartnerData.of("Schreiber " + writer + " in Runde " + version[0],
                        copy.getCategory(), copy.getAddress()), List.of(Fixtures.contact("Kontakt " + writer, null))),
                partners()::save, winner -> {
                    Partner stored = partners().findById(original.getId()).orElseThrow();
                    assertThat(stored.getName()).isEqualTo("Schreiber " + winner + " in Runde " + version[0]);
                    assertThat(stored.getContacts()).extracting(Person::name).containsExactly("Kontakt " + winner);
                    assertThat(stored.getVersion()).isEqualTo(++version[0]);
                });
    }

    /** Saves partners of these names in this order, with ids falling as they are saved. */
    private List<Partner> saveInReverseIdOrder(List<String> names, PartnerCategory category) {
        List<PartnerId> ids = Ids.descending(names.size(), PartnerId::new);
        List<Partner> saved = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            saved.add(partners().save(withThreeContacts(ids.get(i), names.get(i), category)));
        }
        return saved;
    }

    @Test
    void listsANetworksPartnersByFoldedNameThenIdWithTotals() {
        Network other = networks().save(Fixtures.network("Anderes Netzwerk"));
        partners().save(Fixtures.partner(other.getId(), "Fremder Partner", PartnerCategory.HOSPITAL));
        // saved in neither alphabetical nor id order; three names fold to the same key and straddle a page
        saveInReverseIdOrder(List.of("Zukunft e. V.", "AOK Plus", "Ärztekammer Leipzig", "aok plus", "Bürgerverein",
                "AOK-PLUS", "Aok Plus.", "AOK PLUS"), PartnerCategory.OTHER);

        Page<Partner> first = partners().page(network.getId(), Optional.empty(), Optional.empty(), new PageRequest(0, 2));
        Page<Partner> second = partners().page(network.getId(), Optional.empty(), Optional.empty(), new PageRequest(1, 2));
        Page<Partner> third = partners().page(network.getId(), Optional.empty(), Optional.empty(), new PageRequest(2, 2));
        Page<Partner> fourth = partners().page(network.getId(), Optional.empty(), Optional.empty(), new PageRequest(3, 2));

        assertThat(first.totalItems()).isEqualTo(8);
        assertThat(fourth.totalItems()).isEqualTo(8);
        // equal keys by id: the one saved last has the least id
        assertThat(Stream.of(first, second, third, fourth).flatMap(p -> p.items().stream()).map(Partner::getName))
                .containsExactly("AOK PLUS", "Aok Plus.", "AOK-PLUS", "aok plus", "AOK Plus", "Ärztekammer Leipzig",
                        "Bürgerverein", "Zukunft e. V.");
        assertThat(partners().page(network.getId(), Optional.empty(), Optional.empty(), new PageRequest(4, 2)).items()).isEmpty();
        for (Partner listed : first.items()) {
            assertThat(listed).usingRecursiveComparison().isEqualTo(partners().findById(listed.getId()).orElseThrow());
        }
    }

    @Test
    void filtersANetworksPartnersByCategory() {
        saveInReverseIdOrder(List.of("Universitätsklinikum", "Klinikum St. Georg", "klinikum st georg"),
                PartnerCategory.HOSPITAL);
        partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));

        Page<Partner> hospitals = partners().page(network.getId(), Optional.of(PartnerCategory.HOSPITAL), Optional.empty(),
                new PageRequest(0, 10));
        Page<Partner> secondHospital = partners().page(network.getId(), Optional.of(PartnerCategory.HOSPITAL), Optional.empty(),
                new PageRequest(1, 1));

        assertThat(hospitals.totalItems()).isEqualTo(3);
        assertThat(hospitals.items()).extracting(Partner::getName)
                .containsExactly("klinikum st georg", "Klinikum St. Georg", "Universitätsklinikum");
        assertThat(secondHospital.totalItems()).isEqualTo(3);
        assertThat(secondHospital.items()).extracting(Partner::getName).containsExactly("Klinikum St. Georg");
        assertThat(hospitals.items().getFirst())
                .usingRecursiveComparison().isEqualTo(partners().findById(hospitals.items().getFirst().getId()).orElseThrow());
    }

    @Test
    void findsANetworksPartnersWhoseNameContainsATextWhateverItsCaseAccentsAndPunctuation() {
        Network other = networks().save(Fixtures.network("Anderes Netzwerk"));
        partners().save(Fixtures.partner(other.getId(), "Klinik im anderen Netzwerk", PartnerCategory.HOSPITAL));
        saveInReverseIdOrder(List.of("Universitätsklinikum Leipzig", "Klinikum St. Georg"), PartnerCategory.HOSPITAL);
        partners().save(Fixtures.partner(network.getId(), "KLINIK am Park", PartnerCategory.REHABILITATION_CLINIC));
        partners().save(Fixtures.partner(network.getId(), "Sächsische Ärztekammer", PartnerCategory.PHYSICIANS_CHAMBER));
        partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));

        Page<Partner> clinics = partners().page(network.getId(), Optional.empty(), named("klinik"), new PageRequest(0, 10));
        Page<Partner> secondClinic = partners().page(network.getId(), Optional.empty(), named("KLINIK"),
                new PageRequest(1, 1));
        Page<Partner> hospitals = partners().page(network.getId(), Optional.of(PartnerCategory.HOSPITAL),
                named("Klinik"), new PageRequest(0, 10));

        assertThat(clinics.totalItems()).isEqualTo(3);
        assertThat(clinics.items()).extracting(Partner::getName)
                .containsExactly("KLINIK am Park", "Klinikum St. Georg", "Universitätsklinikum Leipzig");
        assertThat(secondClinic.totalItems()).isEqualTo(3);
        assertThat(secondClinic.items()).extracting(Partner::getName).containsExactly("Klinikum St. Georg");
        assertThat(hospitals.items()).extracting(Partner::getName)
                .containsExactly("Klinikum St. Georg", "Universitätsklinikum Leipzig");
        assertThat(names(named("ÄRZTE"))).containsExactly("Sächsische Ärztekammer");
        assertThat(names(named("st.georg"))).containsExactly("Klinikum St. Georg");
        // what LIKE would take as wildcards is folded away, not matched as anything
        assertThat(names(named("Klinik_um St%"))).containsExactly("Klinikum St. Georg");
        assertThat(names(named("Zahnklinik"))).isEmpty();
        assertThat(clinics.items().getFirst())
                .usingRecursiveComparison().isEqualTo(partners().findById(clinics.items().getFirst().getId()).orElseThrow());
    }

    private static Optional<NameFilter> named(String text) {
        return Optional.of(new NameFilter(text));
    }

    private List<String> names(Optional<NameFilter> name) {
        return partners().page(network.getId(), Optional.empty(), name, new PageRequest(0, 10)).items().stream()
                .map(Partner::getName).toList();
    }

    @Test
    void listsOnlyPartnersWithAConsentInForceAsPublished() {
        Partner logoOnly = Fixtures.partner(network.getId(), "Mit Logo", PartnerCategory.OTHER);
        logoOnly.giveConsent(ConsentScope.LOGO, LocalDate.of(2025, 1, 1));
        Partner contactsOnly = Fixtures.partner(network.getId(), "Mit Kontakten", PartnerCategory.OTHER);
        contactsOnly.giveConsent(ConsentScope.CONTACTS, LocalDate.of(2025, 1, 1));
        Partner withdrawn = Fixtures.partner(network.getId(), "Widerrufen", PartnerCategory.OTHER);
        withdrawn.giveConsent(ConsentScope.LOGO, LocalDate.of(2025, 1, 1));
        withdrawn.withdrawConsent(ConsentScope.LOGO, LocalDate.of(2025, 6, 1));
        Partner never = Fixtures.partner(network.getId(), "Ohne Einwilligung", PartnerCategory.OTHER);
        Network other = networks().save(Fixtures.network("Anderes Netzwerk"));
        Partner elsewhere = Fixtures.partner(other.getId(), "Anderswo", PartnerCategory.OTHER);
        elsewhere.giveConsent(ConsentScope.LOGO, LocalDate.of(2025, 1, 1));
        List.of(logoOnly, contactsOnly, withdrawn, never, elsewhere).forEach(partners()::save);

        List<PartnerId> ids = Ids.descending(2, PartnerId::new);
        List<Partner> twins = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // the same folded name, saved in reverse id order
            Partner twin = withThreeContacts(ids.get(i), i == 0 ? "Mit Bild" : "mit-Bild", PartnerCategory.OTHER);
            twin.giveConsent(ConsentScope.LOGO, LocalDate.of(2025, 1, 1));
            twins.add(partners().save(twin));
        }

        Page<Partner> published = partners().pagePublished(network.getId(), Set.of(), new PageRequest(0, 10));
        Page<Partner> secondPublished = partners().pagePublished(network.getId(), Set.of(), new PageRequest(1, 1));
        Page<Partner> withoutFormer = partners().pagePublished(network.getId(),
                Set.of(contactsOnly.getId(), twins.get(0).getId()), new PageRequest(0, 10));

        assertThat(published.totalItems()).isEqualTo(4);
        assertThat(published.items()).extracting(Partner::getName)
                .containsExactly("mit-Bild", "Mit Bild", "Mit Kontakten", "Mit Logo");
        assertThat(secondPublished.totalItems()).isEqualTo(4);
        assertThat(secondPublished.items()).extracting(Partner::getId).containsExactly(ids.get(0));
        assertThat(withoutFormer.totalItems()).isEqualTo(2);
        assertThat(withoutFormer.items()).extracting(Partner::getName).containsExactly("mit-Bild", "Mit Logo");
        assertThat(published.items().getFirst())
                .usingRecursiveComparison().isEqualTo(partners().findById(ids.get(1)).orElseThrow());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(partners().findById(PartnerId.newId())).isEmpty();
    }

    @Test
    void findsSeveralPartnersByIdWithTheirContactsLeavingOutUnknownIds() {
        Partner aok = partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));
        aok.giveConsent(ConsentScope.LOGO, LocalDate.of(2024, 2, 29));
        aok.update(PartnerData.of(aok.getName(), aok.getCategory(), aok.getAddress()),
                List.of(Fixtures.contact("Mia Koch", "mia.koch@example.org")));
        partners().save(aok);
        partners().save(Fixtures.partner(network.getId(), "Klinikum St. Georg", PartnerCategory.HOSPITAL));
        Network other = networks().save(Fixtures.network("Anderes Netzwerk"));
        Partner elsewhere = partners().save(Fixtures.partner(other.getId(), "Anderswo", PartnerCategory.OTHER));

        List<Partner> found = partners().findAllById(List.of(aok.getId(), elsewhere.getId(), PartnerId.newId()));

        BulkLoads.assertGivesWhatFindByIdGives(found, partners()::findById, List.of(aok.getId(), elsewhere.getId()));
        assertThat(found).flatExtracting(Partner::getContacts).extracting(Person::name)
                .containsExactlyInAnyOrder("Mia Koch", "Anna Schmidt", "Jonas Weber");
    }

    @Test
    void findsNoPartnersForNoIds() {
        partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));

        assertThat(partners().findAllById(List.of())).isEmpty();
    }

    @Test
    void aUseCaseThatFailsAfterSavingLeavesNoPartnerSavedOrChanged() {
        Partner kept = partners().save(withThreeContacts(PartnerId.newId(), "AOK PLUS", PartnerCategory.COST_BEARER));
        Partner changed = partners().findById(kept.getId()).orElseThrow();
        changed.update(PartnerData.of("Nie gespeichert", PartnerCategory.OTHER, changed.getAddress()),
                List.of(Fixtures.contact("Nie Gespeichert", null)));
        Partner added = Fixtures.partner(network.getId(), "Nie angelegt", PartnerCategory.OTHER);

        FailingUseCase.undoesSaves(stores(), Partner::getId, partners()::findById, partners()::save, "version",
                kept, changed, added);
    }
}
