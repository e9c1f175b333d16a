package de.koop.bootstrap;

import de.koop.adapter.mail.Ical4jCalendarEvents;
import de.koop.adapter.mail.MustacheMessageTemplates;
import de.koop.application.port.in.AmendAgreementUseCase;
import de.koop.application.port.in.AssignCoordinationUseCase;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.DashboardQuery;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.FindDeadlinesQuery;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.NotificationsQuery;
import de.koop.application.port.in.RetryNotificationUseCase;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.FormerPartnersQuery;
import de.koop.application.port.in.FindDeclarationsQuery;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.ReviewAgreementUseCase;
import de.koop.application.port.in.ChangeAdmissionUseCase;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.PublicDirectoryQuery;
import de.koop.application.port.in.AuditTrailQuery;
import de.koop.application.port.in.PersonalDataUseCase;
import de.koop.application.port.in.PublicRecordsQuery;
import de.koop.application.port.in.SignInUseCase;
import de.koop.application.port.in.UserAdministrationUseCase;
import de.koop.application.port.in.PublicationConsentUseCase;
import de.koop.application.port.in.RegisterNetworkUseCase;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.application.port.in.RenameNetworkUseCase;
import de.koop.application.port.in.UpdatePartnerUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.CalendarEvents;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.AuditTrail;
import de.koop.application.port.out.PasswordHasher;
import de.koop.application.port.out.RecordDates;
import de.koop.application.port.out.RefreshTokens;
import de.koop.application.port.out.Users;
import de.koop.application.service.AgreementService;
import de.koop.application.service.DeclarationService;
import de.koop.application.service.GovernanceService;
import de.koop.application.service.MeetingService;
import de.koop.application.service.NetworkService;
import de.koop.application.service.NotificationService;
import de.koop.application.service.ObligationService;
import de.koop.application.service.PartnerService;
import de.koop.application.service.PublicDirectoryService;
import de.koop.application.service.AuditTrailService;
import de.koop.application.service.NetworkStampService;
import de.koop.application.port.in.NetworkStampQuery;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.service.PersonalDataService;
import de.koop.application.service.PublicRecordsService;
import de.koop.application.service.SignInThrottle;
import de.koop.application.service.UserService;
import de.koop.application.unitofwork.UnitOfWork;
import de.koop.domain.shared.EmailAddress;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Wires the application's services to the configured stores and exposes each in-port as its own
 * bean, wrapped so that one call is one transaction.
 */
@Factory
class UseCaseFactory {

    /** Dates such as "consent given today" are dates in Germany. */
    static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    @Singleton
    Clock clock() {
        return Clock.system(GERMANY);
    }

    // the services are beans only under their own class, so that each port resolves to its wrapper

    @Singleton
    @Bean(typed = NetworkService.class)
    NetworkService networkService(Networks networks, Partners partners, UnitOfWork work) {
        return new NetworkService(networks, partners, work);
    }

    @Singleton
    @Bean(typed = PartnerService.class)
    PartnerService partnerService(Networks networks, Partners partners, Clock clock, UnitOfWork work) {
        return new PartnerService(networks, partners, clock, work);
    }

    /** Not wrapped in a transaction: one read of one row, on every cached answer (see the HTTP adapter). */
    @Singleton
    NetworkStampQuery networkStamps(NetworkStamps stamps) {
        return new NetworkStampService(stamps);
    }

    @Singleton
    RegisterNetworkUseCase registerNetwork(NetworkService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(RegisterNetworkUseCase.class, service, tx, runs);
    }

    @Singleton
    RenameNetworkUseCase renameNetwork(NetworkService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(RenameNetworkUseCase.class, service, tx, runs);
    }

    @Singleton
    ChangeAdmissionUseCase changeAdmission(NetworkService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(ChangeAdmissionUseCase.class, service, tx, runs);
    }

    @Singleton
    AssignCoordinationUseCase assignCoordination(NetworkService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(AssignCoordinationUseCase.class, service, tx, runs);
    }

    @Singleton
    FindNetworksQuery findNetworks(NetworkService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FindNetworksQuery.class, service, tx, runs);
    }

    @Singleton
    RegisterPartnerUseCase registerPartner(PartnerService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(RegisterPartnerUseCase.class, service, tx, runs);
    }

    @Singleton
    UpdatePartnerUseCase updatePartner(PartnerService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(UpdatePartnerUseCase.class, service, tx, runs);
    }

    @Singleton
    PublicationConsentUseCase publicationConsent(PartnerService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(PublicationConsentUseCase.class, service, tx, runs);
    }

    @Singleton
    FindPartnersQuery findPartners(PartnerService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FindPartnersQuery.class, service, tx, runs);
    }

    @Singleton
    @Bean(typed = AgreementService.class)
    AgreementService agreementService(Networks networks, Partners partners, Agreements agreements,
                                      Declarations declarations, Clock clock, UnitOfWork work) {
        return new AgreementService(networks, partners, agreements, declarations, clock, work);
    }

    @Singleton
    @Bean(typed = DeclarationService.class)
    DeclarationService declarationService(Networks networks, Partners partners, Agreements agreements,
                                          Declarations declarations, Outbox outbox, MessageTemplates templates,
                                          Clock clock, UnitOfWork work) {
        return new DeclarationService(networks, partners, agreements, declarations, outbox, templates, clock,
                work);
    }

    @Singleton
    ConcludeAgreementUseCase concludeAgreement(AgreementService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(ConcludeAgreementUseCase.class, service, tx, runs);
    }

    @Singleton
    AmendAgreementUseCase amendAgreement(AgreementService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(AmendAgreementUseCase.class, service, tx, runs);
    }

    @Singleton
    ReviewAgreementUseCase reviewAgreement(AgreementService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(ReviewAgreementUseCase.class, service, tx, runs);
    }

    @Singleton
    FormerPartnersQuery formerPartners(AgreementService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FormerPartnersQuery.class, service, tx, runs);
    }

    @Singleton
    FindAgreementsQuery findAgreements(AgreementService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FindAgreementsQuery.class, service, tx, runs);
    }

    @Singleton
    RecordDeclarationUseCase recordDeclaration(DeclarationService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(RecordDeclarationUseCase.class, service, tx, runs);
    }

    @Singleton
    FindDeclarationsQuery findDeclarations(DeclarationService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FindDeclarationsQuery.class, service, tx, runs);
    }

    @Singleton
    @Bean(typed = GovernanceService.class)
    GovernanceService governanceService(Networks networks, Partners partners, Bodies bodies, Meetings meetings,
                                        Agreements agreements, Declarations declarations, Outbox outbox,
                                        MessageTemplates templates, Clock clock, UnitOfWork work) {
        return new GovernanceService(networks, partners, bodies, meetings, agreements, declarations, outbox,
                templates, clock, work);
    }

    @Singleton
    @Bean(typed = MeetingService.class)
    MeetingService meetingService(Networks networks, Partners partners, Bodies bodies, Meetings meetings,
                                  Outbox outbox, MessageTemplates templates, CalendarEvents calendar, Clock clock,
                                  UnitOfWork work) {
        return new MeetingService(networks, partners, bodies, meetings, outbox, templates, calendar, clock, work);
    }

    @Singleton
    GovernanceUseCase governance(GovernanceService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(GovernanceUseCase.class, service, tx, runs);
    }

    @Singleton
    FindBodiesQuery findBodies(GovernanceService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FindBodiesQuery.class, service, tx, runs);
    }

    @Singleton
    DashboardQuery dashboard(GovernanceService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(DashboardQuery.class, service, tx, runs);
    }

    @Singleton
    MeetingUseCase meetings(MeetingService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(MeetingUseCase.class, service, tx, runs);
    }

    @Singleton
    FindMeetingsQuery findMeetings(MeetingService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FindMeetingsQuery.class, service, tx, runs);
    }

    @Singleton
    @Bean(typed = ObligationService.class)
    ObligationService obligationService(Networks networks, Partners partners, Agreements agreements,
                                        Obligations obligations, Clock clock, UnitOfWork work) {
        return new ObligationService(networks, partners, agreements, obligations, clock, work);
    }

    @Singleton
    ObligationUseCase obligationsUseCase(ObligationService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(ObligationUseCase.class, service, tx, runs);
    }

    @Singleton
    FindDeadlinesQuery findDeadlines(ObligationService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(FindDeadlinesQuery.class, service, tx, runs);
    }

    /** The German message templates of the mail adapter. */
    @Singleton
    MessageTemplates messageTemplates() {
        return new MustacheMessageTemplates();
    }

    /** Invitations name koop's sender as organizer, whom calendar programs reply to. */
    @Singleton
    CalendarEvents calendarEvents(@Value("${micronaut.email.from.email}") String fromAddress,
                                  @Value("${micronaut.email.from.name:}") String fromName) {
        return new Ical4jCalendarEvents(new EmailAddress(fromAddress), fromName);
    }

    @Singleton
    @Bean(typed = NotificationService.class)
    NotificationService notificationService(Outbox outbox, MessageTemplates templates, Clock clock,
                                            UnitOfWork work) {
        return new NotificationService(outbox, templates, clock, work);
    }

    @Singleton
    NotificationsQuery notifications(NotificationService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(NotificationsQuery.class, service, tx, runs);
    }

    @Singleton
    RetryNotificationUseCase retryNotification(NotificationService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(RetryNotificationUseCase.class, service, tx, runs);
    }

    @Singleton
    PublicDirectoryQuery publicDirectory(Networks networks, Partners partners, Agreements agreements,
                                         Declarations declarations, Clock clock, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(PublicDirectoryQuery.class,
                new PublicDirectoryService(networks, partners, agreements, declarations, clock), tx, runs);
    }

    @Singleton
    PersonalDataUseCase personalData(Networks networks, Partners partners, Agreements agreements,
                                     Declarations declarations, Bodies bodies, Meetings meetings,
                                     Obligations obligations, Outbox outbox, Users users, RefreshTokens refreshTokens,
                                     UnitOfWork work, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(PersonalDataUseCase.class, new PersonalDataService(networks, partners,
                agreements, declarations, bodies, meetings, obligations, outbox, users, refreshTokens, work), tx, runs);
    }

    @Singleton
    AuditTrailQuery auditTrail(AuditTrail trail, Networks networks, Partners partners, UseCaseTransactions tx,
                               UseCaseRuns runs) {
        return TransactionalUseCase.wrap(AuditTrailQuery.class, new AuditTrailService(trail, networks, partners), tx,
                runs);
    }

    @Singleton
    @Bean(typed = UserService.class)
    UserService userService(Users users, RefreshTokens refreshTokens, PasswordHasher hasher, Networks networks,
                            Partners partners, @Value("${koop.security.refresh-token-lifetime:14d}") Duration lifetime,
                            @Value("${koop.security.sign-in.attempts-per-account-and-address:5}") int perPair,
                            @Value("${koop.security.sign-in.attempts-per-address:20}") int perAddress,
                            @Value("${koop.security.sign-in.attempts-per-account:100}") int perAccount,
                            @Value("${koop.security.sign-in.window:5m}") Duration window, Clock clock,
                            UnitOfWork work) {
        return new UserService(users, refreshTokens, hasher, networks, partners, lifetime,
                new SignInThrottle.Limits(perPair, perAddress, perAccount, window), clock, work);
    }

    @Singleton
    UserAdministrationUseCase userAdministration(UserService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(UserAdministrationUseCase.class, service, tx, runs);
    }

    @Singleton
    SignInUseCase signIn(UserService service, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(SignInUseCase.class, service, tx, runs);
    }

    @Singleton
    PublicRecordsQuery publicRecords(Networks networks, Partners partners, Agreements agreements,
                                     Declarations declarations, Bodies bodies, Meetings meetings,
                                     RecordDates recordDates, UseCaseTransactions tx, UseCaseRuns runs) {
        return TransactionalUseCase.wrap(PublicRecordsQuery.class, new PublicRecordsService(networks, partners,
                agreements, declarations, bodies, meetings, recordDates), tx, runs);
    }
}
