package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.PartnerData;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.PublicationConsentUseCase;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.application.port.in.UpdatePartnerCommand;
import de.koop.application.port.in.UpdatePartnerUseCase;
import de.koop.application.port.in.VersionConflictException;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The use cases of the partner aggregate. Each call is one transaction (applied by bootstrap). */
public final class PartnerService implements RegisterPartnerUseCase, UpdatePartnerUseCase, PublicationConsentUseCase,
        FindPartnersQuery {

    static final String KIND = "Partner";

    private final Networks networks;
    private final Partners partners;
    private final Clock clock;

    public PartnerService(Networks networks, Partners partners, Clock clock) {
        this.networks = Objects.requireNonNull(networks);
        this.partners = Objects.requireNonNull(partners);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Partner register(RegisterPartnerCommand command) {
        requireNetwork(command.networkId());
        PartnerData data = command.data();
        Partner partner = Partner.create(PartnerId.newId(), command.networkId(), data.name(), data.category(),
                data.address(), data.contacts(), data.logo().orElse(null),
                data.noCommercialInterestDeclaredOn().orElse(null));
        return partners.save(partner);
    }

    @Override
    public Partner update(UpdatePartnerCommand command) {
        Partner partner = find(command.networkId(), command.partnerId());
        if (partner.getVersion() != command.expectedVersion()) {
            throw new VersionConflictException(KIND, partner.getId());
        }
        PartnerData data = command.data();
        partner.update(data.name(), data.category(), data.address(), data.contacts(), data.logo().orElse(null),
                data.noCommercialInterestDeclaredOn().orElse(null));
        return partners.save(partner);
    }

    @Override
    public Partner give(PublicationConsentCommand command) {
        Partner partner = find(command.networkId(), command.partnerId());
        partner.giveConsent(command.scope(), command.on().orElseGet(this::today));
        return partners.save(partner);
    }

    @Override
    public Partner withdraw(PublicationConsentCommand command) {
        Partner partner = find(command.networkId(), command.partnerId());
        partner.withdrawConsent(command.scope(), command.on().orElseGet(this::today));
        return partners.save(partner);
    }

    @Override
    public Partner find(NetworkId networkId, PartnerId partnerId) {
        // a partner is addressed through its network: another network's partner is "not found"
        return partners.findById(partnerId)
                .filter(p -> p.getNetworkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException(KIND, partnerId));
    }

    @Override
    public Page<Partner> list(NetworkId networkId, Optional<PartnerCategory> category, PageRequest request) {
        requireNetwork(networkId);
        return partners.page(networkId, category, request);
    }

    private void requireNetwork(NetworkId networkId) {
        if (networks.findById(networkId).isEmpty()) {
            throw new NotFoundException(NetworkService.KIND, networkId);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
