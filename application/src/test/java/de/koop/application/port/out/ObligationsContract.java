package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.VersionConflictException;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.network.Network;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Obligations} adapter must do: keep each deadline rule as data and every
 * fulfilment as history. Extend it and return your adapter's stores.
 */
public abstract class ObligationsContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Networks networks();
        Partners partners();
        Agreements agreements();
        Obligations obligations();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private Network network;
    private Agreement agreement;
    private PartnerId district;
    private PartnerId lwl;

    @BeforeEach
    void startWithAnAgreement() {
        stores().emptyAll();
        network = stores().networks().save(Fixtures.leipzig());
        district = stores().partners().save(Fixtures.partner(network.getId(), "Kreis", PartnerCategory.CITY_ADMINISTRATION)).getId();
        lwl = stores().partners().save(Fixtures.partner(network.getId(), "LWL", PartnerCategory.COST_BEARER)).getId();
        agreement = stores().agreements().save(Fixtures.cooperation(network.getId(), "Kooperationsvereinbarung",
                List.of(lwl, district)));
    }

    private Obligation obligation(String title, DeadlineRule rule, PartnerId recipient, LocalDate endsOn) {
        return obligation(ObligationId.newId(), title, rule, recipient, endsOn);
    }

    private Obligation obligation(ObligationId id, String title, DeadlineRule rule, PartnerId recipient, LocalDate endsOn) {
        return Obligation.create(id, network.getId(), agreement.getId(), title, district, recipient,
                rule, LocalDate.of(2024, 1, 1), endsOn, 14);
    }

    /** Saves the obligation and reads it back, checking both against what was given. */
    private Obligation saved(Obligation obligation, long version) {
        return ReadBack.saved(obligation, stores().obligations()::save,
                o -> stores().obligations().findById(o.getId()), "version", version);
    }

    @Test
    void storesEveryKindOfRuleAsData() {
        List<DeadlineRule> rules = List.of(
                new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31), MonthDay.of(4, 30), 1),
                new DeadlineRule.Monthly(15), new DeadlineRule.Yearly(MonthDay.of(2, 29)), new DeadlineRule.OnceAYear(),
                new DeadlineRule.Once(LocalDate.of(2026, 12, 31)));
        for (DeadlineRule rule : rules) {
            Obligation given = obligation("Pflicht " + rule.german(), rule, lwl, null);
            Obligation saved = stores().obligations().save(given);

            Obligation found = stores().obligations().findById(saved.getId()).orElseThrow();
            assertThat(found.getRule()).isEqualTo(rule);
            assertThat(found.getVersion()).isZero();
            ReadBack.sameAsGiven(found, given, "version", 0);
        }
    }

    @Test
    void storesEveryFieldAndKeepsFulfilmentsAsHistory() {
        Obligation data = saved(obligation("Datenlieferung nach § 4",
                new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31), MonthDay.of(4, 30), 1), lwl,
                LocalDate.of(2029, 12, 31)), 0);
        data.fulfil(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 4, 28), "übermittelt");
        data = saved(data, 1);
        data.fulfil(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 4), null);
        data.fulfil(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 1, 2), "früh übermittelt");
        Obligation saved = stores().obligations().save(data);

        Obligation found = stores().obligations().findById(data.getId()).orElseThrow();
        assertThat(saved.getVersion()).isEqualTo(2);
        assertThat(found.getVersion()).isEqualTo(2);
        assertThat(found.getNetworkId()).isEqualTo(network.getId());
        assertThat(found.getAgreementId()).isEqualTo(agreement.getId());
        assertThat(found.getTitle()).isEqualTo("Datenlieferung nach § 4");
        assertThat(found.getResponsible()).isEqualTo(district);
        assertThat(found.getRecipient()).contains(lwl);
        assertThat(found.getStartsOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(found.getEndsOn()).contains(LocalDate.of(2029, 12, 31));
        assertThat(found.getReminderDaysBefore()).isEqualTo(14);
        assertThat(found.getFulfilments()).isEqualTo(data.getFulfilments());
        ReadBack.sameAsGiven(found, data, "version", 2);
    }

    @Test
    void savesWhatAnErasureLeftOfTheTitleAndTheNotesOfFulfilments() {
        Obligation data = saved(obligation("Bericht an Anna Roth", new DeadlineRule.Monthly(15), lwl, null), 0);
        data.fulfil(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 12), "an Anna Roth übermittelt");
        data.fulfil(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 12), "per Post");
        data = saved(data, 1);
        Redaction erasure = Redaction.of(PersonId.newId(), List.of("Anna Roth"));

        assertThat(data.redact(erasure)).isTrue();
        stores().obligations().save(data);

        Obligation found = stores().obligations().findById(data.getId()).orElseThrow();
        assertThat(found.getTitle()).isEqualTo("Bericht an " + erasure.pseudonym());
        assertThat(found.getFulfilments()).extracting(f -> f.note().orElseThrow())
                .containsExactly("an " + erasure.pseudonym() + " übermittelt", "per Post");
        ReadBack.sameAsGiven(found, data, "version", 2);
    }

    @Test
    void storesAnObligationWithoutRecipientOrEnd() {
        Obligation saved = stores().obligations().save(obligation("Austausch", new DeadlineRule.OnceAYear(), null, null));

        Obligation found = stores().obligations().findById(saved.getId()).orElseThrow();
        assertThat(found.getRecipient()).isEmpty();
        assertThat(found.getEndsOn()).isEmpty();
        assertThat(found.getFulfilments()).isEmpty();
    }

    @Test
    void refusesToSaveOverANewerVersion() {
        Obligation original = stores().obligations().save(obligation("Austausch", new DeadlineRule.OnceAYear(), null, null));
        Obligation first = stores().obligations().findById(original.getId()).orElseThrow();
        Obligation second = stores().obligations().findById(original.getId()).orElseThrow();
        first.fulfil(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 11, 5), "erster");
        stores().obligations().save(first);
        second.fulfil(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 11, 6), "zweiter");

        assertThatThrownBy(() -> stores().obligations().save(second)).isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("Pflicht " + original.getId());
        assertThat(stores().obligations().findById(original.getId()).orElseThrow().getFulfilments())
                .singleElement().satisfies(f -> assertThat(f.note()).contains("erster"));
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        Obligation original = stores().obligations().save(obligation("Datenlieferung", new DeadlineRule.Monthly(15), lwl, null));
        long[] version = {0};

        ConcurrentSaves.raceRounds(() -> stores().obligations().findById(original.getId()).orElseThrow(),
                (copy, writer) -> copy.fulfil(LocalDate.of(2024, 1, 15).plusMonths(version[0]),
                        LocalDate.of(2024, 1, 10).plusMonths(version[0]), "Schreiber " + writer),
                stores().obligations()::save, winner -> {
                    Obligation stored = stores().obligations().findById(original.getId()).orElseThrow();
                    assertThat(stored.getFulfilments()).hasSize((int) version[0] + 1);
                    assertThat(stored.getFulfilments().getLast().note()).contains("Schreiber " + winner);
                    assertThat(stored.getVersion()).isEqualTo(++version[0]);
                });
    }

    @Test
    void listsANetworksObligationsByFoldedTitleThenId() {
        // saved in neither alphabetical nor id order; two titles fold to the same key
        List<ObligationId> ids = Ids.descending(3, ObligationId::new);
        stores().obligations().save(obligation(ids.get(0), "Überprüfung", new DeadlineRule.OnceAYear(), null, null));
        stores().obligations().save(obligation(ids.get(1), "Austausch", new DeadlineRule.OnceAYear(), null, null));
        stores().obligations().save(obligation(ids.get(2), "uberprufung", new DeadlineRule.Monthly(1), lwl, null));
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        PartnerId stranger = stores().partners().save(Fixtures.partner(other.getId(), "Fremd", PartnerCategory.OTHER)).getId();
        Agreement foreign = stores().agreements().save(Fixtures.framework(other.getId(), "Fremd", List.of(stranger)));
        stores().obligations().save(Obligation.create(ObligationId.newId(), other.getId(), foreign.getId(), "Fremd",
                stranger, null, new DeadlineRule.OnceAYear(), LocalDate.of(2024, 1, 1), null, 0));

        List<Obligation> listed = stores().obligations().listByNetwork(network.getId());

        assertThat(listed).extracting(Obligation::getTitle).containsExactly("Austausch", "uberprufung", "Überprüfung");
        assertThat(listed.get(1)).usingRecursiveComparison()
                .isEqualTo(stores().obligations().findById(ids.get(2)).orElseThrow());
        assertThat(stores().obligations().findById(ObligationId.newId())).isEmpty();
    }

    @Test
    void findsSeveralObligationsByIdWithTheirFulfilmentsLeavingOutUnknownIds() {
        Obligation data = stores().obligations().save(obligation("Datenlieferung", new DeadlineRule.Monthly(15), lwl, null));
        data.fulfil(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 12), "übermittelt");
        stores().obligations().save(data);
        stores().obligations().save(obligation("Austausch", new DeadlineRule.OnceAYear(), null, null));
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        PartnerId stranger = stores().partners().save(Fixtures.partner(other.getId(), "Fremd", PartnerCategory.OTHER)).getId();
        Agreement foreign = stores().agreements().save(Fixtures.framework(other.getId(), "Fremd", List.of(stranger)));
        Obligation elsewhere = stores().obligations().save(Obligation.create(ObligationId.newId(), other.getId(),
                foreign.getId(), "Fremd", stranger, null, new DeadlineRule.OnceAYear(), LocalDate.of(2024, 1, 1), null, 0));

        List<Obligation> found = stores().obligations().findAllById(
                List.of(data.getId(), elsewhere.getId(), ObligationId.newId()));

        BulkLoads.assertGivesWhatFindByIdGives(found, stores().obligations()::findById,
                List.of(data.getId(), elsewhere.getId()));
        assertThat(found).flatExtracting(Obligation::getFulfilments).hasSize(1);
    }

    @Test
    void findsNoObligationsForNoIds() {
        stores().obligations().save(obligation("Austausch", new DeadlineRule.OnceAYear(), null, null));

        assertThat(stores().obligations().findAllById(List.of())).isEmpty();
    }

    @Test
    void aUseCaseThatFailsAfterSavingLeavesNoObligationSavedOrChanged() {
        Obligation kept = stores().obligations().save(obligation("Austausch", new DeadlineRule.OnceAYear(), null, null));
        Obligation changed = stores().obligations().findById(kept.getId()).orElseThrow();
        changed.fulfil(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 11, 5), "nie gespeichert");
        Obligation added = obligation("Nie angelegt", new DeadlineRule.OnceAYear(), null, null);

        FailingUseCase.undoesSaves(stores(), Obligation::getId, stores().obligations()::findById, stores().obligations()::save, "version",
                kept, changed, added);
    }
}
