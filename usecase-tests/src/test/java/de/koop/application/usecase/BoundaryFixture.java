package de.koop.application.usecase;

import de.koop.application.unitofwork.UnitOfWork;
import de.koop.adapter.mail.MustacheMessageTemplates;
import de.koop.adapter.persistence.inmemory.InMemoryAgreements;
import de.koop.adapter.persistence.inmemory.InMemoryDeclarations;
import de.koop.adapter.persistence.inmemory.InMemoryNetworks;
import de.koop.adapter.persistence.inmemory.InMemoryOutbox;
import de.koop.adapter.persistence.inmemory.InMemoryPartners;
import de.koop.adapter.persistence.inmemory.InMemoryTransactions;
import de.koop.application.access.AccessPolicy;
import de.koop.application.access.Actor;
import de.koop.application.access.CurrentActor;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.HiddenContactsQuery;
import de.koop.domain.partner.PartnerData;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.RegisterNetworkCommand;
import de.koop.application.port.in.RegisterNetworkUseCase;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.application.port.in.TerminationPreviewQuery;
import de.koop.application.port.in.UpdatePartnerUseCase;
import de.koop.application.service.AgreementService;
import de.koop.application.service.ContactVisibilityService;
import de.koop.application.service.DeclarationService;
import de.koop.application.service.NetworkService;
import de.koop.application.service.PartnerService;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The services of networks, partners, agreements and declarations on the in-memory stores, each in-port
 * wrapped in the {@link UseCaseBoundary} as bootstrap wraps it, with an actor the test chooses: what a
 * driving adapter would make of a token. No Micronaut, no database.
 */
final class BoundaryFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Europe/Berlin"));

    private Actor actor = Actor.system();

    final InMemoryNetworks networks = new InMemoryNetworks();
    final InMemoryPartners partners = new InMemoryPartners();
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final InMemoryDeclarations declarations = new InMemoryDeclarations();
    final CurrentActor actors = () -> actor;
    final AccessPolicy policy = new AccessPolicy();
    final UnitOfWork work = new UnitOfWork(List.of());
    final UseCaseBoundary boundary = new UseCaseBoundary(new InMemoryTransactions(), actors, policy, work);

    private final NetworkService networkService = new NetworkService(networks, partners, work);
    private final ContactVisibilityService contacts = new ContactVisibilityService(agreements, declarations, actors,
            policy, CLOCK);
    private final PartnerService partnerService = new PartnerService(networks, partners, contacts, CLOCK, work);
    private final AgreementService agreementService = new AgreementService(networks, partners, agreements,
            declarations, CLOCK, work);
    private final DeclarationService declarationService = new DeclarationService(networks, partners, agreements,
            declarations, new InMemoryOutbox(), new MustacheMessageTemplates(), CLOCK, work);

    final RegisterNetworkUseCase registerNetwork = boundary.wrap(RegisterNetworkUseCase.class, networkService);
    final FindNetworksQuery findNetworks = boundary.wrap(FindNetworksQuery.class, networkService);
    final RegisterPartnerUseCase registerPartner = boundary.wrap(RegisterPartnerUseCase.class, partnerService);
    final UpdatePartnerUseCase updatePartner = boundary.wrap(UpdatePartnerUseCase.class, partnerService);
    final FindPartnersQuery findPartners = boundary.wrap(FindPartnersQuery.class, partnerService);
    final HiddenContactsQuery hiddenContacts = boundary.wrap(HiddenContactsQuery.class, contacts);
    final ConcludeAgreementUseCase concludeAgreement = boundary.wrap(ConcludeAgreementUseCase.class,
            agreementService);
    final RecordDeclarationUseCase recordDeclaration = boundary.wrap(RecordDeclarationUseCase.class,
            declarationService);
    final TerminationPreviewQuery terminationPreview = boundary.wrap(TerminationPreviewQuery.class,
            declarationService);

    /** Acts as {@code who} from now on. */
    void actAs(Actor who) {
        actor = who;
    }

    /** Does {@code work} as koop itself, as the setting-up of a test would, and acts as before after it. */
    <T> T asSystem(Supplier<T> work) {
        Actor before = actor;
        actor = Actor.system();
        try {
            return work.get();
        } finally {
            actor = before;
        }
    }

    Network network(String name) {
        return asSystem(() -> registerNetwork.register(new RegisterNetworkCommand(name, null, "Stadt Leipzig", null,
                Admission.OPEN)));
    }

    Partner partner(Network network, String name) {
        return asSystem(() -> registerPartner.register(new RegisterPartnerCommand(network.getId(), data(name), contacts())));
    }

    static PartnerData data(String name) {
        return PartnerData.of(name, PartnerCategory.SERVICE_PROVIDER, new PostalAddress("Prager Straße 21", "04103",
                "Leipzig"));
    }

    static List<ContactDetails> contacts() {
        return List.of(new ContactDetails(Optional.empty(), "Jana Vogel", Optional.empty(), Optional.empty(),
                Optional.of(new EmailAddress("jana.vogel@sonnenschein.example"))));
    }

    static Actor administrator() {
        return Actor.user(UserId.newId(), "administration", true, Map.of());
    }

    static Actor coordinatorOf(Network network) {
        return Actor.user(UserId.newId(), "koordination", false,
                Map.of(network.getId(), new User.Grant(NetworkRole.COORDINATOR, Optional.empty())));
    }

    static Actor memberOf(Network network, Partner partner) {
        return Actor.user(UserId.newId(), "mitglied", false,
                Map.of(network.getId(), new User.Grant(NetworkRole.MEMBER, Optional.of(partner.getId()))));
    }
}
