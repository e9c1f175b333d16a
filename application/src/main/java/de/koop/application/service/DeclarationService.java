package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindDeclarationsQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Membership;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Recording;
import de.koop.domain.declaration.Termination;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Records declarations. Each call is one transaction and appends exactly one declaration; an
 * accession also takes the form's publication choice over to the partner.
 */
public final class DeclarationService implements RecordDeclarationUseCase, FindDeclarationsQuery {

    private final Lookups lookups;
    private final Partners partners;
    private final Agreements agreements;
    private final Declarations declarations;
    private final Clock clock;

    public DeclarationService(Networks networks, Partners partners, Agreements agreements, Declarations declarations,
                              Clock clock) {
        this.partners = Objects.requireNonNull(partners);
        this.lookups = new Lookups(Objects.requireNonNull(networks), partners);
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Accession recordAccession(AccessionCommand command) {
        Network network = lookups.network(command.networkId());
        Agreement agreement = Lookups.agreement(agreements, command.networkId(), command.agreementId());
        Partner partner = lookups.partner(command.networkId(), command.partnerId());
        Accession accession = Accession.accept(DeclarationId.newId(), network, agreement, membership(agreement),
                command.partnerId(), command.acceptedVersion(), command.contact(), command.publishLogo(),
                command.publishContacts(), command.noCommercialSelfInterest(), command.signedOn(),
                recording(command.receipt()));
        serialiseUnder(agreement);
        declarations.append(accession);
        // the form's publication choice and declaration reach the partner in the same transaction
        partner.acceptAccessionForm(accession.publishLogo(), accession.publishContacts(), accession.signedOn());
        partners.save(partner);
        return accession;
    }

    @Override
    public Readiness recordReadiness(ReadinessCommand command) {
        lookups.network(command.networkId());
        command.partnerId().ifPresent(p -> lookups.partner(command.networkId(), p));
        Recording recording = recording(command.receipt());
        Readiness readiness = new Readiness(DeclarationId.newId(), command.networkId(), command.partnerId(),
                command.personName(), command.personEmail(), command.workingGroups(), recording.receivedOn(),
                recording.recordedBy(), recording.recordedAt());
        declarations.append(readiness);
        return readiness;
    }

    @Override
    public Termination recordTermination(TerminationCommand command) {
        lookups.network(command.networkId());
        Agreement agreement = Lookups.agreement(agreements, command.networkId(), command.agreementId());
        lookups.partner(command.networkId(), command.partnerId());
        Termination termination = Termination.declare(DeclarationId.newId(), agreement, membership(agreement),
                command.partnerId(), command.requestedOn().orElse(null), recording(command.receipt()));
        serialiseUnder(agreement);
        declarations.append(termination);
        return termination;
    }

    @Override
    public Page<Declaration> list(NetworkId networkId, PageRequest request) {
        lookups.network(networkId);
        return declarations.page(networkId, request);
    }

    @Override
    public Declaration find(NetworkId networkId, DeclarationId declarationId) {
        return declarations.findById(declarationId)
                .filter(d -> d.networkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException("Erklärung", declarationId));
    }

    /**
     * Saves the unchanged agreement, so that its revision moves on: of two declarations decided on
     * the same membership at the same time (two accessions of one partner), the second is refused
     * with a version conflict instead of both being recorded.
     */
    private void serialiseUnder(Agreement agreement) {
        agreements.save(agreement);
    }

    private Membership membership(Agreement agreement) {
        return Membership.of(agreement, declarations.listByAgreement(agreement.getId()));
    }

    private Recording recording(Receipt receipt) {
        return new Recording(receipt.receivedOn(), receipt.recordedBy(), Instant.now(clock));
    }
}
