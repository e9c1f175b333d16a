package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import java.util.Set;

import de.koop.application.port.in.AmendAgreementUseCase;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.FormerPartnersQuery;
import de.koop.application.port.in.MembershipOn;
import de.koop.application.port.in.NoticeCalculatorQuery;
import de.koop.application.port.in.ReviewAgreementUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.BoundParty;
import de.koop.domain.declaration.Membership;
import de.koop.domain.declaration.NoticeOutcome;
import de.koop.domain.declaration.Termination;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The use cases of the agreement aggregate. Each call is one transaction (applied by bootstrap). */
public final class AgreementService implements ConcludeAgreementUseCase, AmendAgreementUseCase, FormerPartnersQuery,
        ReviewAgreementUseCase, FindAgreementsQuery, NoticeCalculatorQuery {

    private final InNetwork inNetwork;
    private final Clock clock;
    private final Partners partners;
    private final Agreements agreements;
    private final Declarations declarations;

    private final Changes changes;

    public AgreementService(Networks networks, Partners partners, Agreements agreements, Declarations declarations,
                            Clock clock, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.clock = Objects.requireNonNull(clock);
        this.partners = Objects.requireNonNull(partners);
        this.inNetwork = new InNetwork(Objects.requireNonNull(networks), partners);
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
    }

    @Override
    public Agreement conclude(ConcludeAgreementUseCase.Command command) {
        inNetwork.network(command.networkId());
        for (PartnerId party : command.parties()) {
            inNetwork.partner(command.networkId(), party);
        }
        Agreement agreement = Agreement.conclude(AgreementId.newId(), command.networkId(), command.kind(),
                command.title(), command.legalBasis(), command.parties(), command.annexes(), command.term(),
                command.terminationRule(), command.successorRequired(), command.concludedOn(), command.effectiveOn(),
                command.textReference());
        changes.record(Change.of(agreement));
        return agreements.save(agreement);
    }

    @Override
    public Agreement proposeAmendment(NewVersion command) {
        Agreement agreement = find(command.networkId(), command.agreementId());
        agreement.proposeAmendment(command.date(), command.effectiveOn(), command.textReference(), command.summary());
        changes.record(Change.of(agreement));
        return agreements.save(agreement);
    }

    @Override
    public Agreement recordConsent(Consent command) {
        Agreement agreement = find(command.networkId(), command.agreementId());
        agreement.recordConsent(command.versionNumber(), command.partnerId(), command.consentedOn(),
                command.writtenForm());
        changes.record(Change.of(agreement));
        return agreements.save(agreement);
    }

    @Override
    public Agreement concludeVersion(NewVersion command) {
        Agreement agreement = find(command.networkId(), command.agreementId());
        agreement.concludeVersion(command.date(), command.effectiveOn(), command.textReference(), command.summary());
        changes.record(Change.of(agreement));
        return agreements.save(agreement);
    }

    @Override
    public Agreement recordReview(ReviewAgreementUseCase.Command command) {
        if (command.review().heldOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("heldOn", "liegt in der Zukunft; erfassen Sie die Überprüfung, wenn sie stattgefunden hat");
        }
        Agreement agreement = find(command.networkId(), command.agreementId());
        agreement.recordReview(command.review());
        changes.record(Change.of(agreement));
        return agreements.save(agreement);
    }

    @Override
    public Agreement find(NetworkId networkId, AgreementId agreementId) {
        return InNetwork.agreement(agreements, networkId, agreementId);
    }

    @Override
    public List<Agreement> list(NetworkId networkId) {
        inNetwork.network(networkId);
        return agreements.listByNetwork(networkId);
    }

    @Override
    public MembershipOn membership(NetworkId networkId, AgreementId agreementId, LocalDate date) {
        Agreement agreement = find(networkId, agreementId);
        Membership membership = Membership.of(agreement, declarations.listByAgreement(agreementId));
        List<BoundParty> bound = membership.boundOn(date);
        Map<PartnerId, String> names = new HashMap<>();
        for (BoundParty party : bound) {
            partners.findById(party.partnerId()).ifPresent(p -> names.put(p.getId(), p.getName()));
        }
        return new MembershipOn(agreement, date, agreement.versionInForceOn(date), bound, names);
    }

    @Override
    public NoticeOutcome ifReceivedOn(NetworkId networkId, AgreementId agreementId, PartnerId partnerId,
                                      LocalDate receivedOn) {
        Agreement agreement = find(networkId, agreementId);
        inNetwork.partner(networkId, partnerId);
        return Termination.ifReceived(agreement, Membership.of(agreement, declarations.listByAgreement(agreementId)),
                partnerId, receivedOn, null);
    }

    @Override
    public NoticeOutcome latestReceiptFor(NetworkId networkId, AgreementId agreementId, PartnerId partnerId,
                                          LocalDate lastBoundDay) {
        Agreement agreement = find(networkId, agreementId);
        inNetwork.partner(networkId, partnerId);
        return Termination.latestReceiptFor(agreement,
                Membership.of(agreement, declarations.listByAgreement(agreementId)), partnerId, lastBoundDay);
    }

    @Override
    public Set<PartnerId> former(NetworkId networkId, LocalDate date) {
        inNetwork.network(networkId);
        return FormerPartners.of(agreements, declarations, networkId, date);
    }
}
