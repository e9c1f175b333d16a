package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.VersionConflictException;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.Person;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void storesEveryFieldOfANewPartnerWithItsContactsInOrder() {
        Partner saved = partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));

        Partner found = partners().findById(saved.getId()).orElseThrow();
        assertThat(found.getVersion()).isZero();
        assertThat(found.getNetworkId()).isEqualTo(network.getId());
        assertThat(found.getName()).isEqualTo("AOK PLUS");
        assertThat(found.getCategory()).isEqualTo(PartnerCategory.COST_BEARER);
        assertThat(found.getAddress()).isEqualTo(new PostalAddress("Prager Straße 21", "04103", "Leipzig"));
        assertThat(found.getLogo()).hasValueSatisfying(l -> assertThat(l.url()).isEqualTo("https://example.org/logo.png"));
        assertThat(found.getNoCommercialInterestDeclaredOn()).contains(LocalDate.of(2024, 3, 1));
        assertThat(found.getLogoConsent()).isEqualTo(new PublicationConsent.NotGiven());
        assertThat(found.getContactsConsent()).isEqualTo(new PublicationConsent.NotGiven());
        assertThat(found.getContacts()).containsExactlyElementsOf(saved.getContacts());
        assertThat(found.getContacts()).extracting(Person::name).containsExactly("Anna Schmidt", "Jonas Weber");
        assertThat(found.getContacts().get(1).email()).isEmpty();
    }

    @Test
    void keepsWhatAContactWasBeforeACorrectionAndWhatAnErasureLeftOfPartnerAndContacts() {
        Partner partner = partners().save(Fixtures.partner(network.getId(), "Praxis Anna Schmidt",
                PartnerCategory.MEDICAL_SERVICE));
        Person anna = partner.getContacts().getFirst();
        Person jonas = partner.getContacts().get(1);
        partner.update(partner.getName(), partner.getCategory(), partner.getAddress(), List.of(
                new ContactDetails(Optional.of(anna.id()), "Anna Schmidt", Optional.of("Leitung"),
                        Optional.of(new PhoneNumber("0341 555-0000")), Optional.of(new EmailAddress("anna@praxis.example"))),
                new ContactDetails(Optional.of(jonas.id()), "Jonas Weber", Optional.of("Vertretung für Anna Schmidt"),
                        Optional.empty(), Optional.empty())), partner.getLogo().orElse(null), null);
        partner = partners().save(partner);

        assertThat(partners().findById(partner.getId()).orElseThrow().getContacts().getFirst().formerValues())
                .containsExactly("anna.schmidt@example.org", "0341 123-4567");

        Redaction erasure = Redaction.of(anna.id(), partner.contact(anna.id()).orElseThrow().knownValues());
        assertThat(partner.redact(erasure)).isTrue();
        partner.eraseContact(erasure);
        partners().save(partner);

        Partner found = partners().findById(partner.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Praxis " + erasure.pseudonym());
        assertThat(found.getContacts().getFirst()).isEqualTo(new Person(anna.id(), erasure.pseudonym(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThat(found.getContacts().get(1).function()).contains("Vertretung für " + erasure.pseudonym());
        assertThat(found.getContacts().get(1).formerValues()).as("another's own").containsExactly("0341 123-4567");
    }

    @Test
    void storesConsentsWithTheirDates() {
        Partner partner = partners().save(Fixtures.partner(network.getId(), "Klinikum St. Georg", PartnerCategory.HOSPITAL));
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
        partner.update("Pflegedienst Sonnenschein gGmbH", PartnerCategory.SERVICE_PROVIDER,
                new PostalAddress("Karl-Liebknecht-Straße 5", "04107", "Leipzig"),
                List.of(keptChanged, Fixtures.contact("Mia Koch", "mia.koch@sonnenschein.example")), null, null);
        partners().save(partner);

        Partner found = partners().findById(partner.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Pflegedienst Sonnenschein gGmbH");
        assertThat(found.getLogo()).isEmpty();
        assertThat(found.getNoCommercialInterestDeclaredOn()).isEmpty();
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
        first.update("AOK PLUS – Die Gesundheitskasse", first.getCategory(), first.getAddress(), List.of(), null, null);
        partners().save(first);
        second.update("Veraltet", second.getCategory(), second.getAddress(),
                List.of(Fixtures.contact("Nicht Gespeichert", "nicht@example.org")), null, null);

        assertThatThrownBy(() -> partners().save(second)).isInstanceOf(VersionConflictException.class);
        Partner stored = partners().findById(original.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo("AOK PLUS – Die Gesundheitskasse");
        assertThat(stored.getContacts()).isEmpty();
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        Partner original = partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> writers = new ArrayList<>();
        for (String name : List.of("Schreiber A", "Schreiber B")) {
            // both read the same version before either saves, as two coordinators would
            Partner copy = partners().findById(original.getId()).orElseThrow();
            copy.update(name, copy.getCategory(), copy.getAddress(), List.of(), null, null);
            writers.add(() -> {
                start.await();
                try {
                    partners().save(copy);
                    return "saved " + name;
                } catch (VersionConflictException e) {
                    return "conflict";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = writers.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("conflict");
            String winner = outcomes.stream().filter(o -> o.startsWith("saved ")).findFirst().orElseThrow().substring(6);
            Partner stored = partners().findById(original.getId()).orElseThrow();
            assertThat(stored.getName()).isEqualTo(winner);
            assertThat(stored.getVersion()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listsANetworksPartnersByFoldedNameWithTotals() {
        Network other = networks().save(Fixtures.network("Anderes Netzwerk"));
        partners().save(Fixtures.partner(other.getId(), "Fremder Partner", PartnerCategory.HOSPITAL));
        for (String name : List.of("Zukunft e. V.", "Ärztekammer Leipzig", "AOK PLUS", "Bürgerverein")) {
            partners().save(Fixtures.partner(network.getId(), name, PartnerCategory.OTHER));
        }

        Page<Partner> first = partners().page(network.getId(), Optional.empty(), new PageRequest(0, 3));
        Page<Partner> second = partners().page(network.getId(), Optional.empty(), new PageRequest(1, 3));

        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(first.items()).extracting(Partner::getName)
                .containsExactly("AOK PLUS", "Ärztekammer Leipzig", "Bürgerverein");
        assertThat(second.items()).extracting(Partner::getName).containsExactly("Zukunft e. V.");
        assertThat(first.items().getFirst().getContacts()).hasSize(2);
    }

    @Test
    void filtersANetworksPartnersByCategory() {
        partners().save(Fixtures.partner(network.getId(), "Klinikum St. Georg", PartnerCategory.HOSPITAL));
        partners().save(Fixtures.partner(network.getId(), "Universitätsklinikum", PartnerCategory.HOSPITAL));
        partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));

        Page<Partner> hospitals = partners().page(network.getId(), Optional.of(PartnerCategory.HOSPITAL),
                new PageRequest(0, 10));

        assertThat(hospitals.totalItems()).isEqualTo(2);
        assertThat(hospitals.items()).extracting(Partner::getName)
                .containsExactly("Klinikum St. Georg", "Universitätsklinikum");
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

        Page<Partner> published = partners().pagePublished(network.getId(), Set.of(), new PageRequest(0, 10));
        Page<Partner> withoutFormer = partners().pagePublished(network.getId(), Set.of(contactsOnly.getId()),
                new PageRequest(0, 10));

        assertThat(published.totalItems()).isEqualTo(2);
        assertThat(published.items()).extracting(Partner::getName).containsExactly("Mit Kontakten", "Mit Logo");
        assertThat(withoutFormer.totalItems()).isEqualTo(1);
        assertThat(withoutFormer.items()).extracting(Partner::getName).containsExactly("Mit Logo");
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(partners().findById(PartnerId.newId())).isEmpty();
    }

    @Test
    void findsSeveralPartnersByIdWithTheirContactsLeavingOutUnknownIds() {
        Partner aok = partners().save(Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER));
        aok.giveConsent(ConsentScope.LOGO, LocalDate.of(2024, 2, 29));
        aok.update(aok.getName(), aok.getCategory(), aok.getAddress(),
                List.of(Fixtures.contact("Mia Koch", "mia.koch@example.org")), null, null);
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
}
