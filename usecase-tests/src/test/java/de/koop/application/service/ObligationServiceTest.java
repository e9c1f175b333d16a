package de.koop.application.service;

import static de.koop.application.service.UseCaseFixture.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.in.FindDeadlinesQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.network.Network;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.Partner;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recurring duties an agreement creates (rule 13), their deadlines and when they were met. */
class ObligationServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final ObligationService obligations = koop.obligationService;
    private final Network network = koop.network("Kooperation Eingliederungshilfe");
    private final Partner district = koop.partner(network, "Kreis Steinfurt");
    private final Partner lwl = koop.partner(network, "Landschaftsverband");
    private final Agreement agreement = koop.agreement(network, new TerminationRule.Excluded(), "2024-03-15", lwl,
            district);

    /** The district's data for 31 December, delivered to the cost bearer by 30 April of the next year. */
    private Obligation dataDelivery() {
        return obligations.create(new ObligationUseCase.Create(network.getId(), agreement.getId(),
                "Datenlieferung nach § 4", district.getId(), Optional.of(lwl.getId()),
                new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31), MonthDay.of(4, 30), 1), LocalDate.of(2024, 3, 15),
                Optional.empty(), 14));
    }

    private Obligation exchangeOnceAYear() {
        return obligations.create(new ObligationUseCase.Create(network.getId(), agreement.getId(),
                "Erfahrungsaustausch nach § 16", lwl.getId(), Optional.empty(), new DeadlineRule.OnceAYear(),
                LocalDate.of(2024, 3, 15), Optional.empty(), 0));
    }

    private List<Deadline> deadlines(String from, String before, Deadline.Status status, Partner party) {
        return obligations.deadlines(network.getId(), new FindDeadlinesQuery.Criteria(LocalDate.parse(from),
                LocalDate.parse(before), Optional.ofNullable(status), Optional.ofNullable(party).map(Partner::getId)),
                LocalDate.of(2026, 11, 23));
    }

    private Obligation fulfil(Obligation obligation, String dueOn, String fulfilledOn) {
        return obligations.fulfil(new ObligationUseCase.Fulfil(network.getId(), obligation.getId(),
                LocalDate.parse(dueOn), LocalDate.parse(fulfilledOn), "über das Austauschportal"));
    }

    @Test
    void theDataForTheReferenceDateFallsDueOn30AprilOfTheNextYearAndIsRemindedOf14DaysBefore() {
        dataDelivery();

        assertThat(deadlines("2027-01-01", "2027-12-31", null, null)).singleElement().satisfies(deadline -> {
            assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2027, 4, 30));
            assertThat(deadline.referenceDate()).contains(LocalDate.of(2026, 12, 31));
            assertThat(deadline.remindOn()).isEqualTo(LocalDate.of(2027, 4, 16));
            assertThat(deadline.responsible()).isEqualTo(district.getId());
            assertThat(deadline.status()).isEqualTo(Deadline.Status.OPEN);
        });
    }

    @Test
    void aMetDeadlineIsFulfilledAnUnmetPastOneOverdueAndTheFiltersSelect() {
        Obligation delivery = dataDelivery();
        exchangeOnceAYear();

        fulfil(delivery, "2025-04-30", "2025-04-28");

        assertThat(deadlines("2025-01-01", "2025-12-31", null, null))
                .extracting(d -> d.dueOn() + " " + d.status())
                .containsExactly("2025-04-30 FULFILLED", "2025-12-31 OVERDUE");
        assertThat(deadlines("2025-01-01", "2025-12-31", null, lwl)).as("responsible or recipient").hasSize(2);
        assertThat(deadlines("2025-01-01", "2025-12-31", null, district)).extracting(Deadline::title)
                .containsExactly("Datenlieferung nach § 4");
        assertThat(deadlines("2024-01-01", "2026-12-31", Deadline.Status.FULFILLED, null)).singleElement()
                .satisfies(d -> assertThat(d.fulfilment()).hasValueSatisfying(
                        f -> assertThat(f.fulfilledOn()).isEqualTo(LocalDate.of(2025, 4, 28))));
    }

    @Test
    void theResponsibleAndTheRecipientCanBeFilteredApartAndThePeriodIncludesBothEnds() {
        dataDelivery();
        exchangeOnceAYear();

        assertThat(filtered(null, lwl, null)).extracting(Deadline::title).containsExactly("Erfahrungsaustausch nach § 16");
        assertThat(filtered(null, null, lwl)).extracting(Deadline::title).containsExactly("Datenlieferung nach § 4");
        assertThat(filtered(null, district, lwl)).extracting(Deadline::title).containsExactly("Datenlieferung nach § 4");
        assertThat(filtered(lwl, district, null)).extracting(Deadline::title).containsExactly("Datenlieferung nach § 4");
        assertThat(filtered(null, null, district)).isEmpty();
        assertThat(deadlines("2025-04-30", "2025-04-30", null, null)).as("both ends included")
                .extracting(Deadline::dueOn).containsExactly(LocalDate.of(2025, 4, 30));
        assertThat(deadlines("2025-05-01", "2025-12-30", null, null)).isEmpty();
        assertThat(deadlines("2025-05-01", "2025-12-31", null, null)).extracting(Deadline::dueOn)
                .containsExactly(LocalDate.of(2025, 12, 31));
    }

    /** The deadlines of 2025 by party (either side), responsible and recipient; null for no filter. */
    private List<Deadline> filtered(Partner party, Partner responsible, Partner recipient) {
        return obligations.deadlines(network.getId(), new FindDeadlinesQuery.Criteria(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), Optional.empty(), Optional.ofNullable(party).map(Partner::getId),
                Optional.ofNullable(responsible).map(Partner::getId), Optional.ofNullable(recipient).map(Partner::getId)),
                LocalDate.of(2026, 11, 23));
    }

    @Test
    void onlyADayTheDutyFallsDueCanBeMetAndNotAheadOfToday() {
        Obligation delivery = dataDelivery();

        assertInvalid("dueOn", () -> fulfil(delivery, "2025-05-01", "2025-04-28"));
        assertInvalid("fulfilledOn", () -> fulfil(delivery, "2027-04-30", "2026-11-24"));
        assertThat(obligations.obligation(network.getId(), delivery.getId()).getFulfilments()).isEmpty();
    }

    @Test
    void aDutyBelongsToAnAgreementOfTheNetworkAndItsPartners() {
        Partner stranger = koop.partner(koop.network("Anderes Netzwerk"), "Fremder Träger");

        assertThatThrownBy(() -> obligations.create(new ObligationUseCase.Create(network.getId(), agreement.getId(),
                "Bericht", stranger.getId(), Optional.empty(), new DeadlineRule.OnceAYear(), LocalDate.of(2024, 3, 15),
                Optional.empty(), 0))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> obligations.create(new ObligationUseCase.Create(stranger.getNetworkId(),
                agreement.getId(), "Bericht", stranger.getId(), Optional.empty(), new DeadlineRule.OnceAYear(),
                LocalDate.of(2024, 3, 15), Optional.empty(), 0))).isInstanceOf(NotFoundException.class);
        assertThat(obligations.obligations(network.getId())).isEmpty();
    }
}
