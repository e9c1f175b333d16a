package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.VersionConflictException;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.agreement.Review;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.agreement.VersionState;
import de.koop.domain.network.Network;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Agreements} adapter must do: keep every rule as data and every version, consent
 * and review as history. Extend it and return your adapter's stores.
 */
public abstract class AgreementsContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Networks networks();
        Partners partners();
        Agreements agreements();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private Network network;
    private PartnerId lwl;
    private PartnerId district;

    @BeforeEach
    void startWithTwoParties() {
        stores().emptyAll();
        network = stores().networks().save(Fixtures.leipzig());
        // the parties stand in neither alphabetical nor id order
        List<PartnerId> ids = Ids.descending(2, PartnerId::new);
        lwl = stores().partners().save(Fixtures.partner(ids.get(0), network.getId(), "Landschaftsverband",
                PartnerCategory.COST_BEARER)).getId();
        district = stores().partners().save(Fixtures.partner(ids.get(1), network.getId(), "Kreis Steinfurt",
                PartnerCategory.CITY_ADMINISTRATION)).getId();
    }

    private Agreement cooperation() {
        return Fixtures.cooperation(network.getId(), "Kooperationsvereinbarung Eingliederungshilfe", List.of(lwl, district));
    }

    /** Saves the agreement and reads it back, checking both against what was given. */
    private Agreement saved(Agreement agreement, long version) {
        return ReadBack.saved(agreement, stores().agreements()::save,
                a -> stores().agreements().findById(a.getId()), "version", version);
    }

    @Test
    void storesEveryRuleOfANewAgreementAsData() {
        Agreement agreement = cooperation();
        stores().agreements().save(agreement);

        Agreement found = stores().agreements().findById(agreement.getId()).orElseThrow();
        assertThat(found.getVersion()).isZero();
        assertThat(found.getKind()).isEqualTo(agreement.getKind());
        assertThat(found.getTitle()).isEqualTo("Kooperationsvereinbarung Eingliederungshilfe");
        assertThat(found.getLegalBasis()).contains("§ 5 AG-SGB IX NRW");
        assertThat(found.getParties()).containsExactly(lwl, district);
        assertThat(found.getAnnexes()).isEqualTo(agreement.getAnnexes());
        assertThat(found.getTerm()).isEqualTo(agreement.getTerm());
        assertThat(found.getTerminationRule()).isEqualTo(agreement.getTerminationRule());
        assertThat(found.isSuccessorRequired()).isTrue();
        assertThat(found.getVersions()).isEqualTo(agreement.getVersions());
        assertThat(found.getReviews()).isEmpty();
        ReadBack.sameAsGiven(found, agreement, "version", 0);
    }

    @Test
    void storesTheRulesOfAnUnlimitedAgreementTerminableAtAnyTime() {
        Agreement agreement = Fixtures.framework(network.getId(), "Rahmenvereinbarung LeiKoP", List.of(district));
        stores().agreements().save(agreement);

        Agreement found = stores().agreements().findById(agreement.getId()).orElseThrow();
        assertThat(found.getTerm()).isEqualTo(agreement.getTerm());
        assertThat(found.getTerminationRule()).isEqualTo(agreement.getTerminationRule());
        assertThat(found.getLegalBasis()).isEmpty();
        assertThat(found.getAnnexes()).isEmpty();
        assertThat(found.getVersions().getFirst().effectiveOn()).contains(LocalDate.of(2020, 1, 1));
        assertThat(found.getVersions().getFirst().textReference()).isEmpty();
        ReadBack.sameAsGiven(found, agreement, "version", 0);
    }

    @Test
    void storesAnAgreementThatExcludesOrdinaryTermination() {
        Agreement agreement = Agreement.conclude(AgreementId.newId(), network.getId(),
                AgreementKind.COOPERATION_AGREEMENT, "Ohne Kündigung", null, List.of(lwl),
                List.of(), new Term.Unlimited(),
                new TerminationRule.Excluded(), false, LocalDate.of(2024, 1, 1), null, null);
        stores().agreements().save(agreement);

        assertThat(stores().agreements().findById(agreement.getId()).orElseThrow().getTerminationRule())
                .isEqualTo(new TerminationRule.Excluded());
    }

    @Test
    void keepsEveryVersionConsentAndReviewAsHistory() {
        Agreement agreement = saved(cooperation(), 0);
        agreement.proposeAmendment(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 7, 1), "entwurf-2025.pdf",
                "Neue Anlage zur Datenlieferung");
        agreement.recordConsent(2, lwl, LocalDate.of(2025, 3, 1), true);
        agreement = saved(agreement, 1);
        agreement.recordConsent(2, district, LocalDate.of(2025, 4, 10), true);
        agreement.recordReview(new Review(LocalDate.of(2029, 5, 1), false, Optional.of("Kein Änderungsbedarf")));
        Agreement saved = stores().agreements().save(agreement);

        Agreement found = stores().agreements().findById(agreement.getId()).orElseThrow();
        assertThat(saved.getVersion()).isEqualTo(2);
        assertThat(found.getVersion()).isEqualTo(2);
        assertThat(found.getVersions()).isEqualTo(agreement.getVersions());
        AgreementVersion second = found.getVersions().get(1);
        assertThat(second.state()).isEqualTo(VersionState.CONCLUDED);
        assertThat(second.concludedOn()).contains(LocalDate.of(2025, 4, 10));
        assertThat(second.supersedes()).contains(1);
        assertThat(second.consents()).extracting(c -> c.party()).containsExactly(lwl, district);
        assertThat(found.getVersions().getFirst().consents()).extracting(c -> c.on())
                .containsOnly(LocalDate.of(2024, 3, 15));
        assertThat(found.getReviews()).containsExactly(
                new Review(LocalDate.of(2029, 5, 1), false, Optional.of("Kein Änderungsbedarf")));
        ReadBack.sameAsGiven(found, agreement, "version", 2);
    }

    @Test
    void anErasureChangesTheTitleLegalBasisAnnexesAndTheNoteOfAStoredReview() {
        Agreement agreement = saved(Agreement.conclude(AgreementId.newId(), network.getId(),
                AgreementKind.COOPERATION_AGREEMENT, "Vereinbarung mit Anna Roth", "Absprache mit Anna Roth",
                List.of(lwl, district), List.of(new Annex("Liste von Anna Roth", "Ordner Anna Roth"),
                        new Annex("Anlage 2", "anlage-2.pdf")), cooperation().getTerm(), cooperation().getTerminationRule(),
                false, LocalDate.of(2024, 3, 15), null, null), 0);
        agreement.recordReview(new Review(LocalDate.of(2029, 5, 1), false, Optional.of("Mit Anna Roth besprochen")));
        agreement = saved(agreement, 1);
        de.koop.domain.privacy.Redaction erasure = de.koop.domain.privacy.Redaction.of(
                de.koop.domain.shared.PersonId.newId(), java.util.List.of("Anna Roth"));

        assertThat(agreement.redact(erasure)).isTrue();
        stores().agreements().save(agreement);

        Agreement found = stores().agreements().findById(agreement.getId()).orElseThrow();
        String pseudonym = erasure.pseudonym();
        assertThat(found.getReviews()).containsExactly(
                new Review(LocalDate.of(2029, 5, 1), false, Optional.of("Mit " + pseudonym + " besprochen")));
        assertThat(found.getTitle()).isEqualTo("Vereinbarung mit " + pseudonym);
        assertThat(found.getLegalBasis()).contains("Absprache mit " + pseudonym);
        assertThat(found.getAnnexes()).containsExactly(new Annex("Liste von " + pseudonym, "Ordner " + pseudonym),
                new Annex("Anlage 2", "anlage-2.pdf"));
        assertThat(found.getParties()).containsExactly(lwl, district);
        ReadBack.sameAsGiven(found, agreement, "version", 2);
    }

    @Test
    void refusesToSaveOverANewerVersion() {
        Agreement original = stores().agreements().save(cooperation());
        Agreement first = stores().agreements().findById(original.getId()).orElseThrow();
        Agreement second = stores().agreements().findById(original.getId()).orElseThrow();
        first.proposeAmendment(LocalDate.of(2025, 1, 1), null, null, "Erster Vorschlag");
        stores().agreements().save(first);
        second.proposeAmendment(LocalDate.of(2025, 1, 2), null, null, "Zweiter Vorschlag");

        assertThatThrownBy(() -> stores().agreements().save(second)).isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("Vereinbarung " + original.getId());
        assertThat(stores().agreements().findById(original.getId()).orElseThrow().getVersions().get(1).summary())
                .contains("Erster Vorschlag");
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        Agreement original = stores().agreements().save(cooperation());
        long[] version = {0};

        ConcurrentSaves.raceRounds(() -> stores().agreements().findById(original.getId()).orElseThrow(),
                (copy, writer) -> copy.concludeVersion(LocalDate.of(2025, 1, 1).plusDays(version[0]), null, null,
                        "Schreiber " + writer),
                stores().agreements()::save, winner -> {
                    Agreement stored = stores().agreements().findById(original.getId()).orElseThrow();
                    assertThat(stored.getVersions()).hasSize((int) version[0] + 2);
                    assertThat(stored.getVersions().getLast().summary()).contains("Schreiber " + winner);
                    assertThat(stored.getVersion()).isEqualTo(++version[0]);
                });
    }

    @Test
    void listsANetworksAgreementsByFoldedTitleThenId() {
        // saved in neither alphabetical nor id order; two titles fold to the same key
        List<AgreementId> ids = Ids.descending(4, AgreementId::new);
        stores().agreements().save(Fixtures.framework(ids.get(0), network.getId(), "Rahmenvereinbarung", List.of(district)));
        stores().agreements().save(Fixtures.cooperation(ids.get(1), network.getId(), "Ärztliche Kooperation", List.of(lwl)));
        stores().agreements().save(Fixtures.cooperation(ids.get(2), network.getId(), "Beratung", List.of(lwl)));
        stores().agreements().save(Fixtures.framework(ids.get(3), network.getId(), "arztliche-Kooperation", List.of(lwl)));
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        stores().agreements().save(Fixtures.framework(other.getId(), "Fremde Vereinbarung",
                List.of(stores().partners().save(Fixtures.partner(other.getId(), "Fremd", PartnerCategory.OTHER)).getId())));

        List<Agreement> listed = stores().agreements().listByNetwork(network.getId());

        assertThat(listed).extracting(Agreement::getTitle)
                .containsExactly("arztliche-Kooperation", "Ärztliche Kooperation", "Beratung", "Rahmenvereinbarung");
        assertThat(listed.get(1)).usingRecursiveComparison()
                .isEqualTo(stores().agreements().findById(ids.get(1)).orElseThrow());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(stores().agreements().findById(AgreementId.newId())).isEmpty();
    }

    @Test
    void findsSeveralAgreementsByIdWithTheirHistoryLeavingOutUnknownIds() {
        Agreement cooperation = stores().agreements().save(cooperation());
        cooperation.recordReview(new Review(LocalDate.of(2029, 5, 1), false, Optional.of("Kein Änderungsbedarf")));
        stores().agreements().save(cooperation);
        stores().agreements().save(Fixtures.framework(network.getId(), "Rahmenvereinbarung", List.of(district)));
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        Agreement foreign = stores().agreements().save(Fixtures.framework(other.getId(), "Fremde Vereinbarung",
                List.of(stores().partners().save(Fixtures.partner(other.getId(), "Fremd", PartnerCategory.OTHER)).getId())));

        List<Agreement> found = stores().agreements().findAllById(
                List.of(cooperation.getId(), foreign.getId(), AgreementId.newId()));

        BulkLoads.assertGivesWhatFindByIdGives(found, stores().agreements()::findById,
                List.of(cooperation.getId(), foreign.getId()));
        assertThat(found).flatExtracting(Agreement::getReviews).hasSize(1);
    }

    @Test
    void findsNoAgreementsForNoIds() {
        stores().agreements().save(cooperation());

        assertThat(stores().agreements().findAllById(List.of())).isEmpty();
    }

    @Test
    void aUseCaseThatFailsAfterSavingLeavesNoAgreementSavedOrChanged() {
        Agreement kept = stores().agreements().save(cooperation());
        Agreement changed = stores().agreements().findById(kept.getId()).orElseThrow();
        changed.recordReview(new Review(LocalDate.of(2029, 5, 1), true, Optional.of("Nie gespeichert")));
        Agreement added = Fixtures.framework(network.getId(), "Nie geschlossen", List.of(district));

        FailingUseCase.undoesSaves(stores(), Agreement::getId, stores().agreements()::findById, stores().agreements()::save, "version",
                kept, changed, added);
    }
}
