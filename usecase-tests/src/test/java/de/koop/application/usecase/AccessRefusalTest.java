package de.koop.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.access.Actor;
import de.koop.application.access.ForbiddenException;
import de.koop.application.access.HiddenNetworkException;
import de.koop.application.access.NotSignedInException;
import de.koop.application.page.NameFilter;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.RecordDeclarationUseCase.ReadinessCommand;
import de.koop.application.port.in.RegisterNetworkCommand;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.UpdatePartnerCommand;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The refusals the HTTP API gives (see the security scenarios in bootstrap), given by the use cases
 * themselves: without sign-in, a member changing things, a coordinator of another network (who finds
 * no network), a member recording another partner's readiness, and rule 15 (a former partner's contacts
 * are for administrators only).
 */
class AccessRefusalTest {

    private final BoundaryFixture koop = new BoundaryFixture();
    private final Network network = koop.network("Leipziger Kooperation Pflege");
    private final Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt");
    private final Partner care = koop.partner(network, "Pflegedienst Sonnenschein");

    private ReadinessCommand readiness(Optional<PartnerId> partner) {
        return new ReadinessCommand(network.getId(), partner, "Jana Vogel", Optional.empty(), List.of("AG Wohnen"),
                new RecordDeclarationUseCase.Receipt(LocalDate.of(2025, 2, 1), "Jana Vogel"));
    }

    @Test
    void withoutSignInOnlyWhatIsForAnyoneAnswers() {
        koop.actAs(Actor.anonymous());

        assertThatThrownBy(() -> koop.findPartners.list(network.getId(), Optional.empty(), PageRequest.first()))
                .isInstanceOf(NotSignedInException.class).hasMessageContaining("melden Sie sich an");
        assertThatThrownBy(() -> koop.registerNetwork.register(new RegisterNetworkCommand("Neu", null, "Leipzig",
                null, Admission.OPEN))).isInstanceOf(NotSignedInException.class);
        assertThat(koop.asSystem(() -> koop.findNetworks.list(PageRequest.first()).totalItems())).isEqualTo(1);
    }

    @Test
    void aMemberReadsItsNetworkButChangesNothing() {
        koop.actAs(BoundaryFixture.memberOf(network, city));

        assertThat(koop.findPartners.list(network.getId(), Optional.empty(), PageRequest.first()).totalItems())
                .isEqualTo(2);
        assertThatThrownBy(() -> koop.registerPartner.register(new RegisterPartnerCommand(network.getId(),
                BoundaryFixture.data("Neuer Partner"), BoundaryFixture.contacts()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> koop.updatePartner.update(new UpdatePartnerCommand(network.getId(), city.getId(),
                city.getVersion(), BoundaryFixture.data("Umbenannt"), BoundaryFixture.contacts()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> koop.findNetworks.list(PageRequest.first())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> koop.findNetworks.list(Optional.of(new NameFilter("Leipzig")), PageRequest.first()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(koop.partners.findById(city.getId()).orElseThrow().getName()).isEqualTo("Stadt Leipzig, Sozialamt");
    }

    @Test
    void whoMayRegisterAPartnerIsAskedBeforeTheFormIsOffered() {
        Network other = koop.network("Netzwerk B");

        koop.actAs(BoundaryFixture.memberOf(network, city));
        assertThatThrownBy(() -> koop.registerPartner.checkRegistrable(network.getId()))
                .isInstanceOf(ForbiddenException.class);
        koop.actAs(BoundaryFixture.coordinatorOf(network));
        koop.registerPartner.checkRegistrable(network.getId());
        assertThatThrownBy(() -> koop.registerPartner.checkRegistrable(other.getId()))
                .isInstanceOf(HiddenNetworkException.class);
        koop.actAs(BoundaryFixture.administrator());
        koop.registerPartner.checkRegistrable(other.getId());
        assertThatThrownBy(() -> koop.registerPartner.checkRegistrable(NetworkId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCoordinatorOfAnotherNetworkFindsNoSuchNetworkWhateverItAsks() {
        Network other = koop.network("Netzwerk B");
        Partner ofOther = koop.partner(other, "Partner B");
        koop.actAs(BoundaryFixture.coordinatorOf(network));

        assertThatThrownBy(() -> koop.findNetworks.find(other.getId())).isInstanceOf(HiddenNetworkException.class)
                .hasMessage("Netzwerk " + other.getId() + " nicht gefunden");
        assertThatThrownBy(() -> koop.findPartners.find(other.getId(), ofOther.getId()))
                .isInstanceOf(HiddenNetworkException.class);
        assertThatThrownBy(() -> koop.registerPartner.register(new RegisterPartnerCommand(other.getId(),
                BoundaryFixture.data("Eingeschleust"), BoundaryFixture.contacts()))).isInstanceOf(HiddenNetworkException.class);
        assertThat(koop.registerPartner.register(new RegisterPartnerCommand(network.getId(),
                BoundaryFixture.data("Neuer Partner"), BoundaryFixture.contacts())).getNetworkId()).isEqualTo(network.getId());
        assertThat(koop.asSystem(() -> koop.findPartners.list(other.getId(), Optional.empty(), PageRequest.first()))
                .totalItems()).isEqualTo(1);
    }

    @Test
    void aMemberRecordsItsOwnPartnersReadinessAndNoOtherOnes() {
        koop.actAs(BoundaryFixture.memberOf(network, city));

        assertThat(koop.recordDeclaration.recordReadiness(readiness(Optional.of(city.getId()))).partnerId())
                .contains(city.getId());
        assertThatThrownBy(() -> koop.recordDeclaration.recordReadiness(readiness(Optional.of(care.getId()))))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("eigenen Partners");
        assertThatThrownBy(() -> koop.recordDeclaration.recordReadiness(readiness(Optional.empty())))
                .isInstanceOf(ForbiddenException.class);
        koop.actAs(BoundaryFixture.coordinatorOf(network));
        assertThat(koop.recordDeclaration.recordReadiness(readiness(Optional.of(care.getId()))).partnerId())
                .contains(care.getId());
    }

    @Test
    void aFormerPartnersContactsAreForAdministratorsOnlyAndSoIsChangingIt() {
        koop.asSystem(() -> {
            Agreement framework = koop.concludeAgreement.conclude(new ConcludeAgreementUseCase.Command(
                    network.getId(), AgreementKind.FRAMEWORK_AGREEMENT, "Rahmenvereinbarung LeiKoP", null,
                    List.of(city.getId(), care.getId()), List.of(), new Term.Unlimited(), new TerminationRule.AnyTime(),
                    false, LocalDate.of(2019, 11, 20), null, null));
            return koop.recordDeclaration.recordTermination(new RecordDeclarationUseCase.TerminationCommand(
                    network.getId(), framework.getId(), care.getId(), Optional.empty(),
                    new RecordDeclarationUseCase.Receipt(LocalDate.of(2024, 6, 3), "Koordination")));
        });
        UpdatePartnerCommand update = new UpdatePartnerCommand(network.getId(), care.getId(), care.getVersion(),
                BoundaryFixture.data("Pflegedienst Sonnenschein"), BoundaryFixture.contacts());

        koop.actAs(BoundaryFixture.memberOf(network, city));
        assertThat(koop.hiddenContacts.hiddenContacts(network.getId())).containsExactly(care.getId());
        koop.actAs(BoundaryFixture.coordinatorOf(network));
        assertThat(koop.hiddenContacts.hiddenContacts(network.getId())).containsExactly(care.getId());
        assertThatThrownBy(() -> koop.updatePartner.update(update)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo(RuleCode.FORMER_PARTNER_PROTECTED);
        koop.actAs(BoundaryFixture.administrator());
        assertThat(koop.hiddenContacts.hiddenContacts(network.getId())).isEmpty();
        assertThat(koop.updatePartner.update(update).getVersion()).isGreaterThan(care.getVersion());
    }

    @Test
    void onlyTheNetworksCoordinationPreviewsATermination() {
        RecordDeclarationUseCase.TerminationCommand termination = koop.asSystem(() -> {
            Agreement framework = koop.concludeAgreement.conclude(new ConcludeAgreementUseCase.Command(
                    network.getId(), AgreementKind.FRAMEWORK_AGREEMENT, "Rahmenvereinbarung LeiKoP", null,
                    List.of(city.getId(), care.getId()), List.of(), new Term.Unlimited(), new TerminationRule.AnyTime(),
                    false, LocalDate.of(2019, 11, 20), null, null));
            return new RecordDeclarationUseCase.TerminationCommand(network.getId(), framework.getId(), care.getId(),
                    Optional.empty(), new RecordDeclarationUseCase.Receipt(LocalDate.of(2024, 6, 3), "Koordination"));
        });

        koop.actAs(BoundaryFixture.memberOf(network, care));
        assertThatThrownBy(() -> koop.terminationPreview.preview(termination)).isInstanceOf(ForbiddenException.class);
        koop.actAs(BoundaryFixture.coordinatorOf(koop.network("Netzwerk B")));
        assertThatThrownBy(() -> koop.terminationPreview.preview(termination))
                .isInstanceOf(HiddenNetworkException.class);
        koop.actAs(BoundaryFixture.coordinatorOf(network));
        assertThat(koop.terminationPreview.preview(termination).effectiveOn()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(koop.declarations.listByAgreement(termination.agreementId())).isEmpty();
    }
}
