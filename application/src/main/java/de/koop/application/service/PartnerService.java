package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.HiddenContactsQuery;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.PublicationConsentUseCase;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.application.port.in.UpdatePartnerCommand;
import de.koop.application.port.in.UpdatePartnerUseCase;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The use cases of the partner aggregate. Each call is one transaction (applied by bootstrap). */
public final class PartnerService implements RegisterPartnerUseCase, UpdatePartnerUseCase, PublicationConsentUseCase,
        FindPartnersQuery {

    private final Partners partners;
    private final InNetwork inNetwork;
    private final HiddenContactsQuery hiddenContacts;
    private final Clock clock;

    private final Changes changes;

    /** @param hiddenContacts whose contacts the acting person may not see, nor therefore change (rule 15) */
    public PartnerService(Networks networks, Partners partners, HiddenContactsQuery hiddenContacts, Clock clock,
                          Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.partners = Objects.requireNonNull(partners);
        this.inNetwork = new InNetwork(Objects.requireNonNull(networks), partners);
        this.hiddenContacts = Objects.requireNonNull(hiddenContacts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Partner register(RegisterPartnerCommand command) {
        inNetwork.network(command.networkId());
        Partner partner = Partner.create(PartnerId.newId(), command.networkId(), command.data(), command.contacts());
        changes.record(Change.of(partner));
        return partners.save(partner);
    }

    @Override
    public void checkRegistrable(NetworkId networkId) {
        // who may is the boundary's to decide; what is left is that the network exists
        inNetwork.network(networkId);
    }

    @Override
    public Partner update(UpdatePartnerCommand command) {
        checkChangeable(command.networkId(), command.partnerId());
        Partner partner = find(command.networkId(), command.partnerId());
        if (partner.getVersion() != command.expectedVersion()) {
            throw new VersionConflictException(InNetwork.PARTNER, partner.getId());
        }
        partner.update(command.data(), command.contacts());
        inNetwork.network(command.networkId()).getCoordination()
                .filter(c -> c.partnerId().equals(partner.getId()) && partner.contact(c.contactPersonId()).isEmpty())
                .ifPresent(c -> {
                    throw new RuleViolationException(RuleCode.COORDINATION_CONTACT_NOT_REMOVABLE,
                            "Die Ansprechperson der "
                            + "Netzwerkkoordination kann nicht entfernt werden; übertragen Sie die Koordination zuerst.");
                });
        changes.record(Change.of(partner));
        return partners.save(partner);
    }

    @Override
    public void checkChangeable(NetworkId networkId, PartnerId partnerId) {
        if (hiddenContacts.hiddenContacts(networkId).contains(partnerId)) {
            throw new RuleViolationException(RuleCode.FORMER_PARTNER_PROTECTED, "Ein ausgeschiedener Partner wird "
                    + "nur von Administratoren geändert; seine Ansprechpersonen sind geschützt.");
        }
    }

    @Override
    public Partner give(PublicationConsentCommand command) {
        Partner partner = find(command.networkId(), command.partnerId());
        partner.giveConsent(command.scope(), notInTheFuture(command.on()));
        changes.record(Change.of(partner));
        return partners.save(partner);
    }

    @Override
    public Partner withdraw(PublicationConsentCommand command) {
        Partner partner = find(command.networkId(), command.partnerId());
        partner.withdrawConsent(command.scope(), notInTheFuture(command.on()));
        changes.record(Change.of(partner));
        return partners.save(partner);
    }

    @Override
    public Partner find(NetworkId networkId, PartnerId partnerId) {
        return inNetwork.partner(networkId, partnerId);
    }

    @Override
    public Page<Partner> list(NetworkId networkId, Optional<PartnerCategory> category, Optional<NameFilter> name,
                              PageRequest request) {
        inNetwork.network(networkId);
        return partners.page(networkId, category, name, request);
    }

    /** Consent takes effect when it is given: a date ahead would publish (or hide) too early. */
    private LocalDate notInTheFuture(Optional<LocalDate> on) {
        LocalDate today = today();
        if (on.isPresent() && on.get().isAfter(today)) {
            throw new InvalidValueException("on", "liegt in der Zukunft; erfassen Sie die Erklärung an ihrem Tag");
        }
        return on.orElse(today);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
