package de.koop.application.service;

import static de.koop.application.service.UseCaseFixture.assertInvalid;
import static de.koop.application.service.UseCaseFixture.assertRefused;
import static de.koop.application.service.UseCaseFixture.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.NoticeCalculatorQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.TerminationPreviewQuery.TerminationPreview;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.BoundParty;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.NoticeOutcome;
import de.koop.domain.declaration.Termination;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Accessions, readiness declarations and terminations (rules 1 to 3), their confirmations, and the preview
 * of a termination before it is recorded.
 */
class DeclarationServiceTest {

    private static final TerminationRule SIX_MONTHS_TO_YEAR_END =
            new TerminationRule.WithNotice(new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR), true);

    private final UseCaseFixture koop = new UseCaseFixture();
    private final DeclarationService declarations = koop.declarationService;
    private final Network network = koop.network("Leipziger Kooperation Pflege");
    private final Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt", "Katrin Böhme",
            "pflegenetz@leipzig.example");
    private final Partner care = koop.partner(network, "Pflegedienst Sonnenschein", "Jana Vogel",
            "info@sonnenschein.example");

    private Termination terminate(Agreement agreement, Partner partner, String receivedOn, String requestedOn) {
        return declarations.recordTermination(new RecordDeclarationUseCase.TerminationCommand(network.getId(),
                agreement.getId(), partner.getId(), Optional.ofNullable(requestedOn).map(LocalDate::parse),
                receipt(receivedOn)));
    }

    private TerminationPreview preview(Agreement agreement, Partner partner, String receivedOn, String requestedOn) {
        return declarations.preview(new RecordDeclarationUseCase.TerminationCommand(network.getId(),
                agreement.getId(), partner.getId(), Optional.ofNullable(requestedOn).map(LocalDate::parse),
                receipt(receivedOn)));
    }

    private List<String> boundOn(Agreement agreement, String date) {
        return koop.agreementService.membership(network.getId(), agreement.getId(), LocalDate.parse(date)).parties()
                .stream().map(BoundParty::partnerId).map(id -> koop.partners.findById(id).orElseThrow().getName())
                .toList();
    }

    @Test
    void anAccessionBindsThePartnerTakesOverItsPublicationChoiceAndIsConfirmedToTheFormsContact() {
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-15", city);

        Accession accession = declarations.recordAccession(new RecordDeclarationUseCase.AccessionCommand(
                network.getId(), agreement.getId(), care.getId(), 1, new AccessionContact("Pflegedienst Sonnenschein",
                "Clara Berg", new PhoneNumber("0341 987-6543"), new EmailAddress("clara.berg@sonnenschein.example")),
                true, false, true, LocalDate.of(2021, 4, 10), receipt("2021-04-12")));

        assertThat(declarations.find(network.getId(), accession.id())).isEqualTo(accession);
        assertThat(boundOn(agreement, "2021-04-12")).containsExactly("Stadt Leipzig, Sozialamt",
                "Pflegedienst Sonnenschein");
        Partner partner = koop.partners.findById(care.getId()).orElseThrow();
        assertThat(partner.consent(ConsentScope.LOGO)).isEqualTo(new PublicationConsent.Given(LocalDate.of(2021, 4, 10)));
        assertThat(partner.consent(ConsentScope.CONTACTS)).isInstanceOf(PublicationConsent.NotGiven.class);
        assertThat(koop.messages()).singleElement().satisfies(confirmation -> {
            assertThat(confirmation.kind()).isEqualTo(MessageKind.ACCESSION_CONFIRMATION);
            assertThat(confirmation.recipient().value()).isEqualTo("clara.berg@sonnenschein.example");
            assertThat(confirmation.text()).contains("Clara Berg", "Pflegedienst Sonnenschein", "12.04.2021");
        });
    }

    @Test
    void aPartnerAccedesOnceAndAnAccessionToAClosedNetworkLeavesNothingBehind() {
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-15", city);
        koop.accede(network, agreement, care, "2021-04-12");
        Partner late = koop.partner(network, "Diakonie-Sozialstation");

        assertRefused(RuleCode.PARTNER_ALREADY_BOUND, () -> koop.accede(network, agreement, care, "2021-05-01"));
        koop.networkService.close(network.getId());
        assertRefused(RuleCode.NETWORK_CLOSED, () -> koop.accede(network, agreement, late, "2021-05-01"));
        assertThat(declarations.list(network.getId(), PageRequest.first()).items()).hasSize(1);
        assertThat(koop.messages()).hasSize(1);
    }

    @Test
    void aDeclarationReceivedAfterTodayIsATypingErrorAndIsRefused() {
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-15", city);

        assertInvalid("receivedOn", () -> koop.accede(network, agreement, care, "2026-11-24"));
        assertThat(koop.declarations.listByAgreement(agreement.getId())).isEmpty();
        assertThat(koop.messages()).isEmpty();
    }

    @Test
    void aTerminationWithSixMonthsNoticeTakesEffectAtTheEndOfTheYearAndTheConfirmationSaysWhy() {
        Partner a = koop.partner(network, "Partner A", "Anna Schmidt", "kontakt@partner-a.example");
        Partner b = koop.partner(network, "Partner B", "Bernd Meier", "kontakt@partner-b.example");
        Agreement agreement = koop.agreement(network, SIX_MONTHS_TO_YEAR_END, "2023-01-10", a, b);

        Termination inTime = terminate(agreement, a, "2026-06-30", null);
        Termination oneDayLate = terminate(agreement, b, "2026-07-01", null);

        assertThat(inTime.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(inTime.ruleApplied()).isEqualTo("mit einer Frist von 6 Monaten zum Ende des Kalenderjahres, schriftlich");
        assertThat(oneDayLate.effectiveOn()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(boundOn(agreement, "2026-12-31")).containsExactly("Partner A", "Partner B");
        assertThat(boundOn(agreement, "2027-01-01")).containsExactly("Partner B");
        assertThat(koop.messages()).filteredOn(m -> m.recipient().value().equals("kontakt@partner-a.example"))
                .singleElement().satisfies(confirmation -> {
                    assertThat(confirmation.kind()).isEqualTo(MessageKind.TERMINATION_CONFIRMATION);
                    assertThat(confirmation.text()).contains("Die Kündigung wird wirksam zum 31.12.2026.",
                            "Die Kündigungsfrist beträgt sechs Monate zum Ende des Kalenderjahres. Vom Eingang Ihrer "
                                    + "Kündigung am 30.06.2026 an gerechnet ist der 31.12.2026 der früheste Tag, zu dem "
                                    + "sie wirken kann.");
                });
    }

    @Test
    void aLaterDayAskedForDecidesButOnlyAtTheEndOfAPeriod() {
        Partner a = koop.partner(network, "Partner A", "Anna Schmidt", "kontakt@partner-a.example");
        Agreement agreement = koop.agreement(network, new TerminationRule.WithNotice(
                new NoticePeriod(1, ChronoUnit.MONTHS, PeriodEnd.QUARTER), false), "2023-01-10", a, city);

        Termination later = terminate(agreement, a, "2025-01-10", "2025-07-01");

        assertThat(later.effectiveOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(koop.messages()).singleElement().satisfies(m -> assertThat(m.text()).contains(
                "Die Kündigung wird wirksam zum 30.09.2025.", "Die Kündigungsfrist beträgt einen Monat zum "
                        + "Quartalsende. Sie haben die Kündigung zum 01.07.2025 erklärt, später als die Frist es "
                        + "verlangt; wirksam werden kann sie nur zum Quartalsende."));
    }

    @Test
    void theNoticeCalculatorAnswersForAnyDayWithTheDayARecordedTerminationGetsAndRecordsNothing() {
        Partner a = koop.partner(network, "Partner A", "Anna Schmidt", "kontakt@partner-a.example");
        Agreement agreement = koop.agreement(network, SIX_MONTHS_TO_YEAR_END, "2023-01-10", a, city);
        NoticeCalculatorQuery calculator = koop.agreementService;

        NoticeOutcome future = calculator.ifReceivedOn(network.getId(), agreement.getId(), a.getId(),
                LocalDate.of(2029, 3, 15));
        NoticeOutcome byWhen = calculator.latestReceiptFor(network.getId(), agreement.getId(), a.getId(),
                LocalDate.of(2029, 12, 31));
        NoticeOutcome past = calculator.ifReceivedOn(network.getId(), agreement.getId(), a.getId(),
                LocalDate.of(2024, 7, 1));

        assertThat(future.lastBoundDay()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(future.freeFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(byWhen.receivedOn()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(past.lastBoundDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(koop.declarations.listByAgreement(agreement.getId())).as("a question records nothing").isEmpty();
        assertThat(koop.messages()).isEmpty();
        NoticeOutcome today = calculator.ifReceivedOn(network.getId(), agreement.getId(), a.getId(),
                LocalDate.of(2026, 6, 30));
        assertThat(terminate(agreement, a, "2026-06-30", null).effectiveOn()).isEqualTo(today.lastBoundDay());
        assertRefused(RuleCode.NOTICE_END_UNREACHABLE, () -> calculator.latestReceiptFor(network.getId(),
                agreement.getId(), city.getId(), LocalDate.of(2029, 6, 15)));
        assertRefused(RuleCode.PARTNER_NOT_BOUND, () -> calculator.ifReceivedOn(network.getId(), agreement.getId(),
                care.getId(), LocalDate.of(2029, 3, 15)));
        assertThatThrownBy(() -> calculator.ifReceivedOn(network.getId(), agreement.getId(),
                koop.partner(koop.network("Anderes Netzwerk"), "Fremder Träger").getId(), LocalDate.of(2029, 3, 15)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAgreementThatExcludesTerminationOrAPartnerNotBoundCannotBeTerminated() {
        Agreement fixed = koop.agreement(network, new TerminationRule.Excluded(), "2019-03-15", city);
        Agreement open = koop.agreement(network, new TerminationRule.AnyTime(), "2019-03-15", city);

        assertRefused(RuleCode.TERMINATION_EXCLUDED, () -> terminate(fixed, city, "2021-01-15", null));
        assertRefused(RuleCode.PARTNER_NOT_BOUND, () -> terminate(open, care, "2021-01-15", null));
        assertThat(koop.declarations.listByAgreement(fixed.getId())).isEmpty();
        assertThat(koop.declarations.listByAgreement(open.getId())).isEmpty();
        assertThat(koop.messages()).isEmpty();
    }

    @Test
    void aWithdrawalAtAnyTimeEndsTheMembershipAndTheDeclarationsAreListed() {
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-15", city);
        koop.accede(network, agreement, care, "2021-04-12");

        Termination withdrawal = terminate(agreement, care, "2024-06-03", null);

        assertThat(boundOn(agreement, withdrawal.effectiveOn().minusDays(1).toString()))
                .contains("Pflegedienst Sonnenschein");
        assertThat(boundOn(agreement, withdrawal.effectiveOn().plusDays(1).toString()))
                .containsExactly("Stadt Leipzig, Sozialamt");
        assertThat(koop.agreementService.former(network.getId(), LocalDate.of(2024, 12, 1))).containsExactly(care.getId());
        assertThat(declarations.list(network.getId(), PageRequest.first()).items())
                .extracting(d -> d.getClass().getSimpleName()).containsExactlyInAnyOrder("Accession", "Termination");
    }

    @Test
    void aReadinessDeclarationNamesAPersonAndTheWorkingGroupsSheWillJoin() {
        Readiness readiness = declarations.recordReadiness(new RecordDeclarationUseCase.ReadinessCommand(network.getId(),
                Optional.of(care.getId()), "Jana Vogel", Optional.of(new EmailAddress("jana@sonnenschein.example")),
                List.of("AG Wohnen", "AG Überleitung"), receipt("2025-02-01")));

        assertThat(declarations.find(network.getId(), readiness.id())).isInstanceOfSatisfying(Readiness.class, found -> {
            assertThat(found.personName()).isEqualTo("Jana Vogel");
            assertThat(found.workingGroups()).containsExactly("AG Wohnen", "AG Überleitung");
        });
        assertThat(koop.messages()).as("a readiness declaration is not confirmed by mail").isEmpty();
    }

    @Test
    void aPreviewNamesTheDayATerminationWouldTakeEffectAndItsRuleAndRecordsNothing() {
        Partner a = koop.partner(network, "Partner A", "Anna Schmidt", "kontakt@partner-a.example");
        Agreement agreement = koop.agreement(network, SIX_MONTHS_TO_YEAR_END, "2023-01-10", a, city);

        TerminationPreview oneDayLate = preview(agreement, a, "2026-07-01", null);

        assertThat(oneDayLate).isEqualTo(new TerminationPreview(LocalDate.of(2026, 7, 1), Optional.empty(),
                LocalDate.of(2027, 12, 31), SIX_MONTHS_TO_YEAR_END, false, Optional.empty()));
        assertThat(koop.declarations.listByAgreement(agreement.getId())).isEmpty();
        assertThat(koop.messages()).isEmpty();
        assertThat(boundOn(agreement, "2028-01-01")).containsExactly("Partner A", "Stadt Leipzig, Sozialamt");
        assertThat(terminate(agreement, a, "2026-07-01", null).effectiveOn()).isEqualTo(oneDayLate.effectiveOn());
    }

    @Test
    void aPreviewSaysWhenTheLaterDayAskedForDecidesAsTheRecordedTerminationWill() {
        Partner a = koop.partner(network, "Partner A", "Anna Schmidt", "kontakt@partner-a.example");
        Agreement quarter = koop.agreement(network, new TerminationRule.WithNotice(
                new NoticePeriod(1, ChronoUnit.MONTHS, PeriodEnd.QUARTER), false), "2023-01-10", a, city);
        Agreement anyTime = koop.agreement(network, new TerminationRule.AnyTime(), "2023-01-10", a, city);

        assertThat(preview(quarter, a, "2025-01-10", "2025-07-01")).satisfies(later -> {
            assertThat(later.effectiveOn()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(later.requestDecides()).isTrue();
        });
        assertThat(preview(quarter, a, "2025-01-10", "2025-02-01")).satisfies(tooEarly -> {
            assertThat(tooEarly.effectiveOn()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(tooEarly.requestDecides()).isFalse();
        });
        assertThat(preview(anyTime, a, "2025-01-10", "2025-01-31")).satisfies(asked -> {
            assertThat(asked.effectiveOn()).isEqualTo(LocalDate.of(2025, 1, 31));
            assertThat(asked.requestDecides()).isTrue();
        });
        assertThat(preview(anyTime, a, "2025-01-10", null).effectiveOn()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void aPreviewNamesTheSuccessorTheAgreementObligesThePartiesToConclude() {
        Agreement agreement = koop.agreementService.conclude(new ConcludeAgreementUseCase.Command(network.getId(),
                AgreementKind.COOPERATION_AGREEMENT, "Kooperationsvereinbarung", null, List.of(city.getId(),
                care.getId()), List.of(), new Term.Unlimited(), SIX_MONTHS_TO_YEAR_END, true, LocalDate.of(2024, 1, 15),
                null, null));

        assertThat(preview(agreement, care, "2026-03-02", null).successorDueBy())
                .contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aPreviewRefusesWhatRecordingWouldRefuse() {
        Agreement fixed = koop.agreement(network, new TerminationRule.Excluded(), "2019-03-15", city);
        Agreement open = koop.agreement(network, new TerminationRule.AnyTime(), "2019-03-15", city);
        koop.accede(network, open, care, "2021-04-12");
        terminate(open, care, "2024-06-03", "2024-06-30");

        assertRefused(RuleCode.TERMINATION_EXCLUDED, () -> preview(fixed, city, "2021-01-15", null));
        assertRefused(RuleCode.PARTNER_NOT_BOUND, () -> preview(open, care, "2021-01-15", null));
        assertRefused(RuleCode.PARTNER_ALREADY_TERMINATED, () -> preview(open, care, "2024-06-10", null));
        assertInvalid("receivedOn", () -> preview(open, city, "2026-11-24", null));
        assertInvalid("receivedOn", () -> preview(open, city, "2019-03-14", null));
        assertInvalid("requestedOn", () -> preview(open, city, "2024-06-03", "2024-06-02"));
        assertThat(koop.declarations.listByAgreement(open.getId())).hasSize(2);
    }
}
