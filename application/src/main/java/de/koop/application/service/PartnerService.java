package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.PartnerData;
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
    private final Lookups lookups;
    private final Clock clock;

    private final Changes changes;

    public PartnerService(Networks networks, Partners partners, Clock clock, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.partners = Objects.requireNonNull(partners);
        this.lookups = new Lookups(Objects.requireNonNull(networks), partners);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Partner register(RegisterPartnerCommand command) {
        lookups.network(command.networkId());
        PartnerData data = command.data();
        Partner partner = Partner.create(PartnerId.newId(), command.networkId(), data.name(), data.category(),
                data.address(), data.contacts(), data.logo().orElse(null),
                data.noCommercialInterestDeclaredOn().orElse(null));
        changes.record(Change.of(partner));
        return partners.save(partner);
    }

    @Override
    public Partner update(UpdatePartnerCommand command) {
        Partner partner = find(command.networkId(), command.partnerId());
        if (partner.getVersion() != command.expectedVersion()) {
            throw new VersionConflictException(Lookups.PARTNER, partner.getId());
        }
        PartnerData data = command.data();
        partner.update(data.name(), data.category(), data.address(), data.contacts(), data.logo().orElse(null),
                data.noCommercialInterestDeclaredOn().orElse(null));
        lookups.network(command.networkId()).getCoordination()
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
        return lookups.partner(networkId, partnerId);
    }

    @Override
    public Page<Partner> list(NetworkId networkId, Optional<PartnerCategory> category, PageRequest request) {
        lookups.network(networkId);
        return partners.page(networkId, category, request);
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
