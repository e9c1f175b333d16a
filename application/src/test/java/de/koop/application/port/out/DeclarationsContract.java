package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Termination;
import de.koop.domain.network.Network;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Declarations} adapter must do: record each declaration exactly as given and
 * never change it. Extend it and return your adapter's stores.
 */
public abstract class DeclarationsContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Networks networks();
        Partners partners();
        Agreements agreements();
        Declarations declarations();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private static final Instant RECORDED = Instant.parse("2025-03-03T09:15:30.123Z");

    private Network network;
    private Agreement agreement;
    private PartnerId partner;

    @BeforeEach
    void startWithAnAgreement() {
        stores().emptyAll();
        network = stores().networks().save(Fixtures.leipzig());
        PartnerId city = stores().partners().save(Fixtures.partner(network.getId(), "Stadt Leipzig",
                PartnerCategory.CITY_ADMINISTRATION)).getId();
        partner = stores().partners().save(Fixtures.partner(network.getId(), "Pflegedienst Sonnenschein",
                PartnerCategory.SERVICE_PROVIDER)).getId();
        agreement = stores().agreements().save(Fixtures.framework(network.getId(), "Rahmenvereinbarung", List.of(city)));
    }

    private Accession accession(LocalDate received, Instant recordedAt) {
        return accession(DeclarationId.newId(), received, recordedAt);
    }

    private Accession accession(DeclarationId id, LocalDate received, Instant recordedAt) {
        return new Accession(id, network.getId(), agreement.getId(), partner, 1,
                new AccessionContact("Pflegedienst Sonnenschein", "Jana Vogel", new PhoneNumber("0341 301-7788"),
                        new EmailAddress("jana.vogel@sonnenschein.example")), true, false,
                received.minusDays(2), received, "Katrin Böhme", recordedAt);
    }

    private Termination termination(LocalDate received) {
        return new Termination(DeclarationId.newId(), network.getId(), agreement.getId(), partner, received,
                Optional.of(received.plusMonths(1)), received.plusMonths(1), "jederzeit", Optional.empty(),
                "Katrin Böhme", RECORDED);
    }

    private Readiness readiness(LocalDate received) {
        return readiness(DeclarationId.newId(), received);
    }

    private Readiness readiness(DeclarationId id, LocalDate received) {
        return new Readiness(id, network.getId(), Optional.of(partner), "Jana Vogel",
                Optional.of(new EmailAddress("jana.vogel@sonnenschein.example")),
                List.of("AG Überleitung", "AG Fachkräftesicherung"), received, "Katrin Böhme", RECORDED);
    }

    @Test
    void recordsEveryKindOfDeclarationExactlyAsGiven() {
        Accession accession = accession(LocalDate.of(2025, 3, 3), RECORDED);
        Termination termination = termination(LocalDate.of(2025, 9, 30));
        Readiness readiness = readiness(LocalDate.of(2025, 4, 1));
        List.of(accession, termination, readiness).forEach(stores().declarations()::append);

        List<Declaration> all = stores().declarations().page(network.getId(), new PageRequest(0, 10)).items();

        assertThat(all).containsExactly(accession, readiness, termination);
        assertThat(stores().declarations().findById(termination.id())).contains(termination);
        assertThat(stores().declarations().findById(DeclarationId.newId())).isEmpty();
    }

    @Test
    void listsAnAgreementsAccessionsAndTerminationsInTheOrderReceivedThenRecordedThenId() {
        List<DeclarationId> ids = Ids.descending(4, DeclarationId::new);
        Termination later = termination(LocalDate.of(2025, 9, 30));
        Accession earlier = accession(ids.get(0), LocalDate.of(2025, 3, 3), RECORDED);
        Accession sameDayRecordedLater = accession(LocalDate.of(2025, 3, 3), RECORDED.plusSeconds(60));
        // received and recorded at the same moment as the earlier one, saved after it with a lesser id
        Accession sameMoment = accession(ids.get(1), LocalDate.of(2025, 3, 3), RECORDED);
        Accession alsoThen = accession(ids.get(2), LocalDate.of(2025, 3, 3), RECORDED);
        Accession lastThen = accession(ids.get(3), LocalDate.of(2025, 3, 3), RECORDED);
        stores().declarations().append(later);
        stores().declarations().append(sameDayRecordedLater);
        stores().declarations().append(earlier);
        stores().declarations().append(sameMoment);
        stores().declarations().append(alsoThen);
        stores().declarations().append(lastThen);
        stores().declarations().append(readiness(LocalDate.of(2025, 1, 1)));

        assertThat(stores().declarations().listByAgreement(agreement.getId()))
                .containsExactly(lastThen, alsoThen, sameMoment, earlier, sameDayRecordedLater, later);
    }

    @Test
    void neverOverwritesARecordedDeclaration() {
        Accession accession = accession(LocalDate.of(2025, 3, 3), RECORDED);
        stores().declarations().append(accession);
        Accession sameId = new Accession(accession.id(), network.getId(), agreement.getId(), partner, 1,
                accession.contact(), false, true, accession.signedOn(), accession.receivedOn(), "Jemand anderes",
                RECORDED);

        assertThatThrownBy(() -> stores().declarations().append(sameId)).isInstanceOf(IllegalStateException.class);
        assertThat(stores().declarations().listByAgreement(agreement.getId())).containsExactly(accession);
    }

    @Test
    void anErasureReplacesTheRedactedDeclarationAndNothingElse() {
        Accession given = accession(LocalDate.of(2025, 3, 3), RECORDED);
        Accession accession = (Accession) stores().declarations().append(new Accession(given.id(), given.networkId(),
                given.agreementId(), given.partnerId(), 1, new AccessionContact("Praxis Jana Vogel", "Jana Vogel",
                given.contact().phone(), given.contact().email()), true, false, given.signedOn(), given.receivedOn(),
                "Katrin Böhme", RECORDED));
        Readiness readiness = readiness(LocalDate.of(2025, 3, 4));
        Readiness hers = (Readiness) stores().declarations().append(new Readiness(readiness.id(), network.getId(),
                Optional.of(partner), "Tom Berg", Optional.empty(), List.of("AG Jana Vogel"), readiness.receivedOn(),
                "Jana Vogel", RECORDED));
        Readiness other = (Readiness) stores().declarations().append(readiness(LocalDate.of(2025, 4, 1)));
        de.koop.domain.privacy.Redaction erasure = de.koop.domain.privacy.Redaction.of(de.koop.domain.shared.PersonId.newId(),
                List.of("Jana Vogel", "jana.vogel@sonnenschein.example", "0341 301-7788"));

        stores().declarations().replaceRedacted(accession.redacted(erasure));
        stores().declarations().replaceRedacted(hers.redacted(erasure));

        Accession found = (Accession) stores().declarations().findById(accession.id()).orElseThrow();
        assertThat(found.contact().name()).isEqualTo(erasure.pseudonym());
        assertThat(found.contact().organisation()).isEqualTo("Praxis " + erasure.pseudonym());
        assertThat(found.contact().email()).isEqualTo(de.koop.domain.privacy.Redaction.ERASED_EMAIL);
        assertThat(found.receivedOn()).isEqualTo(accession.receivedOn());
        Readiness foundReadiness = (Readiness) stores().declarations().findById(hers.id()).orElseThrow();
        assertThat(foundReadiness.personName()).isEqualTo("Tom Berg");
        assertThat(foundReadiness.workingGroups()).containsExactly("AG " + erasure.pseudonym());
        assertThat(foundReadiness.recordedBy()).isEqualTo(erasure.pseudonym());
        assertThat(stores().declarations().findById(other.id())).contains(other);
        assertThatThrownBy(() -> stores().declarations().replaceRedacted(readiness(LocalDate.of(2025, 5, 1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pagesANetworksDeclarationsWithTotals() {
        for (int day : List.of(5, 4, 2, 1)) {
            stores().declarations().append(readiness(LocalDate.of(2025, 5, day)));
        }
        // received and recorded at the same moment, saved in reverse id order: by id, across a page boundary
        List<DeclarationId> ids = Ids.descending(2, DeclarationId::new);
        Readiness tieLater = readiness(ids.get(0), LocalDate.of(2025, 5, 3));
        Readiness tieFirst = readiness(ids.get(1), LocalDate.of(2025, 5, 3));
        stores().declarations().append(tieLater);
        stores().declarations().append(tieFirst);
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        stores().declarations().append(new Readiness(DeclarationId.newId(), other.getId(), Optional.empty(),
                "Fremde Person", Optional.empty(), List.of("AG Fremd"), LocalDate.of(2025, 5, 1), "X", RECORDED));

        Page<Declaration> first = stores().declarations().page(network.getId(), new PageRequest(0, 3));
        Page<Declaration> second = stores().declarations().page(network.getId(), new PageRequest(1, 3));

        assertThat(first.totalItems()).isEqualTo(6);
        assertThat(second.totalItems()).isEqualTo(6);
        assertThat(first.items()).extracting(Declaration::receivedOn)
                .containsExactly(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 3));
        assertThat(first.items().getLast()).isEqualTo(tieFirst);
        assertThat(second.items()).extracting(Declaration::receivedOn)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 4), LocalDate.of(2025, 5, 5));
        assertThat(second.items().getFirst()).isEqualTo(tieLater);
    }

    @Test
    void aUseCaseThatFailsAfterAppendingLeavesNoDeclarationRecordedOrReplaced() {
        Accession kept = (Accession) stores().declarations().append(accession(LocalDate.of(2025, 3, 3), RECORDED));
        de.koop.domain.privacy.Redaction erasure = de.koop.domain.privacy.Redaction.of(
                de.koop.domain.shared.PersonId.newId(), List.of("Jana Vogel"));
        Readiness added = readiness(LocalDate.of(2025, 4, 1));

        FailingUseCase.run(stores(), () -> {
            stores().declarations().replaceRedacted(kept.redacted(erasure));
            stores().declarations().append(added);
        });

        assertThat(stores().declarations().findById(added.id())).isEmpty();
        assertThat(stores().declarations().findById(kept.id())).contains(kept);
        FailingUseCase.commit(stores(), () -> stores().declarations().append(added));
        assertThat(stores().declarations().findById(added.id())).contains(added);
    }
}
