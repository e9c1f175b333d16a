package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.AssignCoordinationCommand;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.domain.partner.PartnerData;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.UpdatePartnerCommand;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.PostalAddress;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reminder sweep on 16 April 2027: a network coordinated by the cost bearer, and its agreement with
 * the district, whose data for 31 December is due on 30 April with 14 days' notice. Each reminder is
 * written once however often the sweep runs, to the coordination and the partner concerned.
 */
class ReminderServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 4, 16);

    private final UseCaseFixture koop = new UseCaseFixture();
    private final ReminderService reminders = koop.reminderService;
    private final Network network = koop.network("Kooperation Eingliederungshilfe");
    private final Partner district = koop.partner(network, "Kreis Steinfurt", "Petra Lange",
            "sozialplanung@kreis.example");
    private final Partner lwl = koop.partner(network, "Landschaftsverband", "Uwe Brandt",
            "regionalplanung@lwl.example");
    private final Agreement agreement = koop.agreement(network, new TerminationRule.Excluded(), "2024-03-15", lwl,
            district);

    ReminderServiceTest() {
        koop.clock.setToday(TODAY);
        koop.networkService.assignCoordination(new AssignCoordinationCommand(network.getId(), lwl.getId(),
                lwl.getContacts().getFirst().id()));
    }

    private Obligation dataDelivery() {
        return koop.obligationService.create(new ObligationUseCase.Create(network.getId(), agreement.getId(),
                "Datenlieferung nach § 4", district.getId(), Optional.of(lwl.getId()),
                new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31), MonthDay.of(4, 30), 1), LocalDate.of(2024, 3, 15),
                Optional.empty(), 14));
    }

    /** A working group to meet every year, with a seat for the district ending on 10 May 2027. */
    private Seat groupWithASeatEndingSoon(int meetingEveryYears) {
        Body group = koop.body(network, "AG Wohnen").establishedOn("2026-04-20")
                .cadence(new Cadence.EveryYears(meetingEveryYears)).establish();
        return koop.governanceService.appoint(new GovernanceUseCase.Appoint(network.getId(), group.getId(),
                "Katrin Böhme", Optional.empty(), Optional.of(district.getId()), SeatRole.MEMBER, SeatBasis.APPOINTED,
                LocalDate.of(2026, 4, 20), Optional.of(LocalDate.of(2027, 5, 10))));
    }

    private static List<String> recipients(List<Notification> messages) {
        return messages.stream().map(n -> n.recipient().value()).toList();
    }

    @Test
    void aDeadlineIsRemindedOfOnItsDayToTheCoordinationAndTheResponsiblePartnerOnce() {
        Obligation delivery = dataDelivery();

        int first = reminders.sweep(TODAY);
        int second = reminders.sweep(TODAY);
        // even a look at everything again finds each reminder written already
        koop.wakeups.wakeNetworkAtNextSweep(network.getId());
        int afterAChange = reminders.sweep(TODAY);

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(afterAChange).isZero();
        assertThat(koop.messages()).hasSize(2).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.DEADLINE_REMINDER);
            assertThat(m.occasion()).hasValueSatisfying(o -> assertThat(o.subject())
                    .isEqualTo(delivery.getId().toString()));
            assertThat(m.text()).contains("Datenlieferung nach § 4", "30.04.2027");
        });
        assertThat(recipients(koop.messages()))
                .containsExactlyInAnyOrder("regionalplanung@lwl.example", "sozialplanung@kreis.example");
    }

    @Test
    void aDeadlineMetInAdvanceIsNotRemindedOfAndOneThatPassedUnmetIsOnce() {
        Obligation delivery = dataDelivery();
        koop.obligationService.fulfil(new ObligationUseCase.Fulfil(network.getId(), delivery.getId(),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 15), null));
        koop.obligationService.create(new ObligationUseCase.Create(network.getId(), agreement.getId(),
                "Nachfolgevereinbarung schließen", lwl.getId(), Optional.empty(),
                new DeadlineRule.Once(LocalDate.of(2027, 4, 10)), LocalDate.of(2026, 1, 1), Optional.empty(), 0));

        assertThat(reminders.sweep(TODAY)).isEqualTo(1);
        assertThat(reminders.sweep(TODAY)).isZero();
        assertThat(koop.messages()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.DEADLINE_OVERDUE);
            assertThat(m.subject()).isEqualTo("Überfällig: „Nachfolgevereinbarung schließen“ war fällig am 10.04.2027");
            assertThat(m.recipient().value()).as("coordinating and responsible: one message")
                    .isEqualTo("regionalplanung@lwl.example");
        });
    }

    @Test
    void aSeatWhoseTermEndsAndABodyDueToMeetAreRemindedOfOnce() {
        groupWithASeatEndingSoon(1);

        assertThat(reminders.sweep(TODAY)).isEqualTo(2);
        assertThat(reminders.sweep(TODAY)).isZero();
        List<Notification> ending = koop.messages().stream()
                .filter(m -> m.kind() == MessageKind.SEAT_TERM_ENDING).toList();
        assertThat(recipients(ending))
                .containsExactlyInAnyOrder("regionalplanung@lwl.example", "sozialplanung@kreis.example");
        assertThat(ending).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Amtszeit endet am 10.05.2027: Katrin Böhme (AG Wohnen)");
            assertThat(m.text()).contains("endet in 24 Tagen, mit Ablauf des 10.05.2027");
        });
        assertThat(koop.messages()).filteredOn(m -> m.kind() == MessageKind.MEETING_DUE_REMINDER)
                .extracting(m -> m.recipient().value()).containsExactly("regionalplanung@lwl.example");
    }

    @Test
    void sweepsOnTheDaysBetweenWriteNothingAndEachReminderComesOnItsDayOrAfterTheChange() {
        Obligation delivery = dataDelivery();

        int before = 0;
        for (LocalDate day = TODAY.minusDays(20); day.isBefore(TODAY); day = day.plusDays(1)) {
            before += reminders.sweep(day);
        }
        int onTheDay = reminders.sweep(TODAY);
        Seat seat = groupWithASeatEndingSoon(3);
        int afterTheSeat = reminders.sweep(TODAY.plusDays(1));
        int theDayAfterItFellDue = reminders.sweep(LocalDate.of(2027, 5, 1));

        assertThat(before).isZero();
        assertThat(onTheDay).isEqualTo(1);
        assertThat(afterTheSeat).as("the seat ending on 10.05.2027, added after the sweep").isEqualTo(1);
        assertThat(theDayAfterItFellDue).as("the delivery due on 30.04.2027, not met").isEqualTo(1);
        assertThat(koop.messages()).extracting(m -> m.occasion().orElseThrow().kind() + "/" + m.occasion().get().subject())
                .containsExactlyInAnyOrder(
                        "DEADLINE_REMINDER/" + delivery.getId(), "DEADLINE_REMINDER/" + delivery.getId(),
                        "DEADLINE_OVERDUE/" + delivery.getId(), "DEADLINE_OVERDUE/" + delivery.getId(),
                        "SEAT_TERM_ENDING/" + seat.id(), "SEAT_TERM_ENDING/" + seat.id());
    }

    @Test
    void withoutAnAddressToWriteToNothingIsWrittenUntilThePartnerGetsOne() {
        Network silent = koop.network("Netzwerk ohne Koordination");
        Partner county = koop.partnerService.register(new RegisterPartnerCommand(silent.getId(),
                PartnerData.of("Kreis ohne Postfach", PartnerCategory.CITY_ADMINISTRATION,
                        new PostalAddress("Markt 1", "48565", "Steinfurt")), List.of()));
        Agreement silentAgreement = koop.agreement(silent, new TerminationRule.Excluded(), "2024-03-15",
                county);
        koop.obligationService.create(new ObligationUseCase.Create(silent.getId(), silentAgreement.getId(), "Bericht",
                county.getId(), Optional.empty(), new DeadlineRule.Once(LocalDate.of(2027, 4, 20)),
                LocalDate.of(2026, 1, 1), Optional.empty(), 14));

        int withoutAddress = reminders.sweep(TODAY);
        koop.partnerService.update(new UpdatePartnerCommand(silent.getId(), county.getId(), 0,
                UseCaseFixture.data("Kreis ohne Postfach"), UseCaseFixture.contacts("Petra Lange", "sozialplanung@kreis.example")));
        int withAddress = reminders.sweep(TODAY);

        assertThat(withoutAddress).isZero();
        assertThat(withAddress).isEqualTo(1);
        assertThat(recipients(koop.messages())).containsExactly("sozialplanung@kreis.example");
    }
}
