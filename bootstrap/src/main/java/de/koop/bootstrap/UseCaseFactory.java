package de.koop.bootstrap;

import de.koop.adapter.http.security.TokenActor;
import de.koop.adapter.mail.Ical4jCalendarEvents;
import de.koop.application.access.AccessPolicy;
import de.koop.application.access.CurrentActor;
import de.koop.application.access.SystemJobs;
import de.koop.application.port.in.HiddenContactsQuery;
import de.koop.application.port.out.Transactions;
import de.koop.application.service.ContactVisibilityService;
import de.koop.application.usecase.UseCaseBoundary;
import de.koop.application.unitofwork.UnitOfWork;
import de.koop.adapter.mail.MustacheMessageTemplates;
import de.koop.application.port.in.AmendAgreementUseCase;
import de.koop.application.port.in.AssignCoordinationUseCase;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.DashboardQuery;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.FindDeadlinesQuery;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.in.AgendaUseCase;
import de.koop.application.port.in.FindUsersQuery;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.ScheduleMeetingUseCase;
import de.koop.application.port.in.NotificationsQuery;
import de.koop.application.port.in.RetryNotificationUseCase;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.NoticeCalculatorQuery;
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
import de.koop.application.port.in.TerminationPreviewQuery;
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
 * bean, wrapped in the {@link UseCaseBoundary} so that each call is checked and one transaction.
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
    PartnerService partnerService(Networks networks, Partners partners, ContactVisibilityService hiddenContacts,
                                  Clock clock, UnitOfWork work) {
        return new PartnerService(networks, partners, hiddenContacts, clock, work);
    }

    @Singleton
    @Bean(typed = ContactVisibilityService.class)
    ContactVisibilityService contactVisibility(Agreements agreements, Declarations declarations, CurrentActor actors,
                                               AccessPolicy policy, Clock clock) {
        return new ContactVisibilityService(agreements, declarations, actors, policy, clock);
    }

    @Singleton
    HiddenContactsQuery hiddenContacts(ContactVisibilityService service, UseCaseBoundary boundary) {
        return boundary.wrap(HiddenContactsQuery.class, service);
    }

    /** The one policy that decides who may do what, for every use case and every driving adapter. */
    @Singleton
    AccessPolicy accessPolicy() {
        return new AccessPolicy();
    }

    /**
     * Who acts: koop itself in its own jobs ({@link SystemJobs}), otherwise the signed-in user of the
     * HTTP request, as its access token says.
     */
    @Singleton
    CurrentActor currentActor(TokenActor requests) {
        return new SystemJobs(requests);
    }

    /** Each in-port below is wrapped in it: checked against the policy, one transaction, audited. */
    @Singleton
    UseCaseBoundary useCaseBoundary(Transactions transactions, CurrentActor actors, AccessPolicy policy,
                                    UnitOfWork work) {
        return new UseCaseBoundary(transactions, actors, policy, work);
    }

    /** Not wrapped in a transaction: one read of one row, on every cached answer (see the HTTP adapter). */
    @Singleton
    NetworkStampQuery networkStamps(NetworkStamps stamps) {
        return new NetworkStampService(stamps);
    }

    @Singleton
    RegisterNetworkUseCase registerNetwork(NetworkService service, UseCaseBoundary boundary) {
        return boundary.wrap(RegisterNetworkUseCase.class, service);
    }

    @Singleton
    RenameNetworkUseCase renameNetwork(NetworkService service, UseCaseBoundary boundary) {
        return boundary.wrap(RenameNetworkUseCase.class, service);
    }

    @Singleton
    ChangeAdmissionUseCase changeAdmission(NetworkService service, UseCaseBoundary boundary) {
        return boundary.wrap(ChangeAdmissionUseCase.class, service);
    }

    @Singleton
    AssignCoordinationUseCase assignCoordination(NetworkService service, UseCaseBoundary boundary) {
        return boundary.wrap(AssignCoordinationUseCase.class, service);
    }

    @Singleton
    FindNetworksQuery findNetworks(NetworkService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindNetworksQuery.class, service);
    }

    @Singleton
    RegisterPartnerUseCase registerPartner(PartnerService service, UseCaseBoundary boundary) {
        return boundary.wrap(RegisterPartnerUseCase.class, service);
    }

    @Singleton
    UpdatePartnerUseCase updatePartner(PartnerService service, UseCaseBoundary boundary) {
        return boundary.wrap(UpdatePartnerUseCase.class, service);
    }

    @Singleton
    PublicationConsentUseCase publicationConsent(PartnerService service, UseCaseBoundary boundary) {
        return boundary.wrap(PublicationConsentUseCase.class, service);
    }

    @Singleton
    FindPartnersQuery findPartners(PartnerService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindPartnersQuery.class, service);
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
    ConcludeAgreementUseCase concludeAgreement(AgreementService service, UseCaseBoundary boundary) {
        return boundary.wrap(ConcludeAgreementUseCase.class, service);
    }

    @Singleton
    AmendAgreementUseCase amendAgreement(AgreementService service, UseCaseBoundary boundary) {
        return boundary.wrap(AmendAgreementUseCase.class, service);
    }

    @Singleton
    ReviewAgreementUseCase reviewAgreement(AgreementService service, UseCaseBoundary boundary) {
        return boundary.wrap(ReviewAgreementUseCase.class, service);
    }

    @Singleton
    FormerPartnersQuery formerPartners(AgreementService service, UseCaseBoundary boundary) {
        return boundary.wrap(FormerPartnersQuery.class, service);
    }

    @Singleton
    FindAgreementsQuery findAgreements(AgreementService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindAgreementsQuery.class, service);
    }

    @Singleton
    NoticeCalculatorQuery noticeCalculator(AgreementService service, UseCaseBoundary boundary) {
        return boundary.wrap(NoticeCalculatorQuery.class, service);
    }

    @Singleton
    RecordDeclarationUseCase recordDeclaration(DeclarationService service, UseCaseBoundary boundary) {
        return boundary.wrap(RecordDeclarationUseCase.class, service);
    }

    @Singleton
    FindDeclarationsQuery findDeclarations(DeclarationService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindDeclarationsQuery.class, service);
    }

    @Singleton
    TerminationPreviewQuery terminationPreview(DeclarationService service, UseCaseBoundary boundary) {
        return boundary.wrap(TerminationPreviewQuery.class, service);
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
    GovernanceUseCase governance(GovernanceService service, UseCaseBoundary boundary) {
        return boundary.wrap(GovernanceUseCase.class, service);
    }

    @Singleton
    FindBodiesQuery findBodies(GovernanceService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindBodiesQuery.class, service);
    }

    @Singleton
    DashboardQuery dashboard(GovernanceService service, UseCaseBoundary boundary) {
        return boundary.wrap(DashboardQuery.class, service);
    }

    @Singleton
    MeetingUseCase meetings(MeetingService service, UseCaseBoundary boundary) {
        return boundary.wrap(MeetingUseCase.class, service);
    }

    @Singleton
    ScheduleMeetingUseCase scheduleMeeting(MeetingService service, UseCaseBoundary boundary) {
        return boundary.wrap(ScheduleMeetingUseCase.class, service);
    }

    @Singleton
    AgendaUseCase agenda(MeetingService service, UseCaseBoundary boundary) {
        return boundary.wrap(AgendaUseCase.class, service);
    }

    @Singleton
    FindMeetingsQuery findMeetings(MeetingService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindMeetingsQuery.class, service);
    }

    @Singleton
    @Bean(typed = ObligationService.class)
    ObligationService obligationService(Networks networks, Partners partners, Agreements agreements,
                                        Obligations obligations, Clock clock, UnitOfWork work) {
        return new ObligationService(networks, partners, agreements, obligations, clock, work);
    }

    @Singleton
    ObligationUseCase obligationsUseCase(ObligationService service, UseCaseBoundary boundary) {
        return boundary.wrap(ObligationUseCase.class, service);
    }

    @Singleton
    FindDeadlinesQuery findDeadlines(ObligationService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindDeadlinesQuery.class, service);
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
    NotificationService notificationService(Outbox outbox, Networks networks, MessageTemplates templates,
                                            Clock clock, UnitOfWork work) {
        return new NotificationService(outbox, networks, templates, clock, work);
    }

    @Singleton
    NotificationsQuery notifications(NotificationService service, UseCaseBoundary boundary) {
        return boundary.wrap(NotificationsQuery.class, service);
    }

    @Singleton
    RetryNotificationUseCase retryNotification(NotificationService service, UseCaseBoundary boundary) {
        return boundary.wrap(RetryNotificationUseCase.class, service);
    }

    @Singleton
    PublicDirectoryQuery publicDirectory(Networks networks, Partners partners, Agreements agreements,
                                         Declarations declarations, Clock clock, UseCaseBoundary boundary) {
        return boundary.wrap(PublicDirectoryQuery.class,
                new PublicDirectoryService(networks, partners, agreements, declarations, clock));
    }

    @Singleton
    PersonalDataUseCase personalData(Networks networks, Partners partners, Agreements agreements,
                                     Declarations declarations, Bodies bodies, Meetings meetings,
                                     Obligations obligations, Outbox outbox, Users users, RefreshTokens refreshTokens,
                                     UnitOfWork work, UseCaseBoundary boundary) {
        return boundary.wrap(PersonalDataUseCase.class, new PersonalDataService(networks, partners,
                agreements, declarations, bodies, meetings, obligations, outbox, users, refreshTokens, work));
    }

    @Singleton
    AuditTrailQuery auditTrail(AuditTrail trail, Networks networks, Partners partners, UseCaseBoundary boundary) {
        return boundary.wrap(AuditTrailQuery.class, new AuditTrailService(trail, networks, partners));
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
    UserAdministrationUseCase userAdministration(UserService service, UseCaseBoundary boundary) {
        return boundary.wrap(UserAdministrationUseCase.class, service);
    }

    @Singleton
    FindUsersQuery findUsers(UserService service, UseCaseBoundary boundary) {
        return boundary.wrap(FindUsersQuery.class, service);
    }

    @Singleton
    SignInUseCase signIn(UserService service, UseCaseBoundary boundary) {
        return boundary.wrap(SignInUseCase.class, service);
    }

    @Singleton
    PublicRecordsQuery publicRecords(Networks networks, Partners partners, Agreements agreements,
                                     Declarations declarations, Bodies bodies, Meetings meetings,
                                     RecordDates recordDates, UseCaseBoundary boundary) {
        return boundary.wrap(PublicRecordsQuery.class, new PublicRecordsService(networks, partners,
                agreements, declarations, bodies, meetings, recordDates));
    }
}
