package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.adapter.mail.Ical4jCalendarEvents;
import de.koop.adapter.mail.MustacheMessageTemplates;
import de.koop.adapter.password.bcrypt.BcryptPasswordHasher;
import de.koop.adapter.persistence.inmemory.InMemoryAgreements;
import de.koop.adapter.persistence.inmemory.InMemoryAuditTrail;
import de.koop.adapter.persistence.inmemory.InMemoryBodies;
import de.koop.adapter.persistence.inmemory.InMemoryDeclarations;
import de.koop.adapter.persistence.inmemory.InMemoryMeetings;
import de.koop.adapter.persistence.inmemory.InMemoryNetworkStamps;
import de.koop.adapter.persistence.inmemory.InMemoryNetworks;
import de.koop.adapter.persistence.inmemory.InMemoryObligations;
import de.koop.adapter.persistence.inmemory.InMemoryOutbox;
import de.koop.adapter.persistence.inmemory.InMemoryPartners;
import de.koop.adapter.persistence.inmemory.InMemoryRecordDates;
import de.koop.adapter.persistence.inmemory.InMemoryRefreshTokens;
import de.koop.adapter.persistence.inmemory.InMemoryReminderWakeups;
import de.koop.adapter.persistence.inmemory.InMemoryTransactions;
import de.koop.adapter.persistence.inmemory.InMemoryUsers;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.access.AccessPolicy;
import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.unitofwork.NetworkStampHandler;
import de.koop.application.unitofwork.RecordDateHandler;
import de.koop.application.unitofwork.ReminderWakeupHandler;
import de.koop.application.unitofwork.UnitOfWork;
import de.koop.application.access.Actor;
import de.koop.application.port.in.RegisterNetworkCommand;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.ReminderWakeups.Kind;
import de.koop.application.port.out.ReminderWakeups.Subject;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.ReminderRules;
import de.koop.domain.notification.RetryPolicy;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * koop's services on the in-memory stores, wired as bootstrap wires them but without Micronaut: every
 * service of the application is built here and only here, so that a changed constructor is one edit.
 * The clock stands at 23:30 UTC on 22 November 2026, which is already the 23rd in Germany, until a test
 * moves it. The mail server is a stand-in that takes what it is given and refuses the addresses a test
 * names.
 */
final class UseCaseFixture {

    static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), GERMANY);
    static final String PASSWORD = "Ein-Passwort-2026";

    final TestClock clock = new TestClock(CLOCK.instant());

    // the stores, as tests read and prepare them; the services write through the hooked ports below
    final InMemoryNetworks networks = new InMemoryNetworks();
    final InMemoryPartners partners = new InMemoryPartners();
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final InMemoryDeclarations declarations = new InMemoryDeclarations();
    final InMemoryBodies bodies = new InMemoryBodies();
    final InMemoryMeetings meetings = new InMemoryMeetings();
    final InMemoryObligations obligations = new InMemoryObligations();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    final InMemoryNetworkStamps stamps = new InMemoryNetworkStamps();
    final InMemoryRecordDates recordDates = new InMemoryRecordDates();
    final InMemoryReminderWakeups wakeups = new InMemoryReminderWakeups();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final MailServer mailServer = new MailServer();

    /** Every change the services recorded, in order. */
    final List<Change> recorded = new ArrayList<>();
    /**
     * The application's unit of work with its real handlers of stamps, record dates and wake-ups. Not the audit
     * trail's: its entry is one per use-case call at the boundary, which these tests do not pass through
     * (AuditTrailServiceTest writes the entries it reads; HandlersTest tests the audit handler).
     */
    final UnitOfWork unitOfWork = new UnitOfWork(List.of(new NetworkStampHandler(stamps),
            new RecordDateHandler(recordDates, clock), new ReminderWakeupHandler(wakeups)));
    /**
     * The services are called here without the use-case boundary that runs each call as one unit of work, so a
     * change recorded outside a run is a unit of work of its own, handed to the handlers at once; inside a run
     * (the reminder sweep's) it joins it.
     */
    final Changes changes = change -> unitOfWork.run("UseCaseFixture", Optional.empty(), () -> {
        recorded.add(change);
        unitOfWork.record(change);
        return null;
    });
    private final Networks hookedNetworks = networks;
    private final Partners hookedPartners = partners;
    private final Agreements hookedAgreements = agreements;
    private final Declarations hookedDeclarations = declarations;
    private final Bodies hookedBodies = bodies;
    private final Meetings hookedMeetings = meetings;
    private final Obligations hookedObligations = obligations;

    private final MessageTemplates templates = new MustacheMessageTemplates();
    private final Ical4jCalendarEvents calendar = new Ical4jCalendarEvents(
            new EmailAddress("koordination@koop.localhost"), "Netzwerkkoordination");

    final NetworkService networkService = new NetworkService(hookedNetworks, hookedPartners, changes);
    final PartnerService partnerService = new PartnerService(hookedNetworks, hookedPartners,
            // acting as koop itself, which sees every contact (rule 15 has tests of its own, in de.koop.application.usecase)
            new ContactVisibilityService(hookedAgreements, hookedDeclarations, Actor::system, new AccessPolicy(), clock), clock, changes);
    final AgreementService agreementService = new AgreementService(hookedNetworks, hookedPartners, hookedAgreements,
            hookedDeclarations, clock, changes);
    final DeclarationService declarationService = new DeclarationService(hookedNetworks, hookedPartners,
            hookedAgreements, hookedDeclarations, outbox, templates, clock, changes);
    final GovernanceService governanceService = new GovernanceService(hookedNetworks, hookedPartners, hookedBodies,
            hookedMeetings, hookedAgreements, hookedDeclarations, outbox, templates, clock, changes);
    final MeetingService meetingService = new MeetingService(hookedNetworks, hookedPartners, hookedBodies,
            hookedMeetings, outbox, templates, calendar, clock, changes);
    final ObligationService obligationService = new ObligationService(hookedNetworks, hookedPartners,
            hookedAgreements, hookedObligations, clock, changes);
    final NotificationService notificationService = new NotificationService(outbox, hookedNetworks, templates, clock,
            changes);
    final PublicDirectoryService directoryService = new PublicDirectoryService(hookedNetworks, hookedPartners,
            hookedAgreements, hookedDeclarations, clock);
    final PublicRecordsService publicRecordsService = new PublicRecordsService(hookedNetworks, hookedPartners,
            hookedAgreements, hookedDeclarations, hookedBodies, hookedMeetings, recordDates);
    final PersonalDataService personalDataService = new PersonalDataService(hookedNetworks, hookedPartners,
            hookedAgreements, hookedDeclarations, hookedBodies, hookedMeetings, hookedObligations, outbox, users,
            refreshTokens, changes);
    final AuditTrailService auditTrailService = new AuditTrailService(auditTrail, hookedNetworks, hookedPartners);
    final NetworkStampService stampService = new NetworkStampService(stamps);
    /** bcrypt at its lowest cost: the real hash, fast enough for tests. */
    final UserService userService = new UserService(users, refreshTokens, new BcryptPasswordHasher(4),
            hookedNetworks, hookedPartners, Duration.ofDays(14),
            new SignInThrottle.Limits(5, 20, 100, Duration.ofMinutes(5)), clock, changes);
    /** Reminds 30 days ahead, as koop does by default. */
    final ReminderService reminderService = new ReminderService(hookedNetworks, hookedPartners, hookedAgreements,
            hookedBodies, hookedMeetings, hookedObligations, wakeups, transactions, outbox, templates,
            new ReminderRules(30), clock, unitOfWork);
    /** Three attempts, the first retry after 30 seconds; batches of 500 under a lease of two minutes. */
    final OutboxDispatcher outboxDispatcher = new OutboxDispatcher(outbox, mailServer, transactions,
            new RetryPolicy(3, Duration.ofSeconds(30)), 500, Duration.ofMinutes(2), clock);

    // ---- networks and partners

    Network network(String name) {
        return networkService.register(new RegisterNetworkCommand(name, null, "Stadt Leipzig", null, Admission.OPEN));
    }

    Partner partner(Network network, String name) {
        return partnerService.register(new RegisterPartnerCommand(network.getId(), data(name), contacts()));
    }

    /** A partner whose one contact, {@code contactName}, is reached at {@code email}. */
    Partner partner(Network network, String name, String contactName, String email) {
        return partnerService.register(new RegisterPartnerCommand(network.getId(), data(name),
                contacts(contactName, email)));
    }

    static PartnerData data(String name) {
        return PartnerData.of(name, PartnerCategory.SERVICE_PROVIDER, new PostalAddress("Prager Straße 21", "04103",
                "Leipzig")).withLogo(new LogoReference("https://sonnenschein.example/logo.png"));
    }

    static List<ContactDetails> contacts() {
        return contacts("Jana Vogel", "jana.vogel@sonnenschein.example");
    }

    /** One contact, {@code contactName}, reached at {@code email}. */
    static List<ContactDetails> contacts(String contactName, String email) {
        return List.of(new ContactDetails(Optional.empty(), contactName, Optional.of("Pflegedienstleitung"),
                Optional.of(new PhoneNumber("0341 301-7788")), Optional.of(new EmailAddress(email))));
    }

    // ---- agreements and declarations

    /** An unlimited framework agreement of the parties, concluded on {@code concludedOn} and in force at once. */
    Agreement agreement(Network network, TerminationRule termination, String concludedOn, Partner... parties) {
        return agreement(network, new Term.Unlimited(), termination, concludedOn, parties);
    }

    Agreement agreement(Network network, Term term, TerminationRule termination, String concludedOn,
                        Partner... parties) {
        return agreementService.conclude(new ConcludeAgreementUseCase.Command(network.getId(),
                AgreementKind.FRAMEWORK_AGREEMENT, "Rahmenvereinbarung " + network.getName(), "§ 8 Abs. 2 SGB XI",
                List.of(parties).stream().map(Partner::getId).toList(), List.of(), term, termination, false,
                LocalDate.parse(concludedOn), null, "rahmenvereinbarung-v1.pdf"));
    }

    /**
     * The partner accedes to version 1, its form received and signed on {@code receivedOn}, naming its
     * first contact as the contact for the network.
     */
    Accession accede(Network network, Agreement agreement, Partner partner, String receivedOn) {
        Person contact = partner.getContacts().getFirst();
        return declarationService.recordAccession(new RecordDeclarationUseCase.AccessionCommand(network.getId(),
                agreement.getId(), partner.getId(), 1, new AccessionContact(partner.getName(), contact.name(),
                new PhoneNumber("0341 987-6543"), contact.email().orElseThrow()), false, false, true,
                LocalDate.parse(receivedOn), receipt(receivedOn)));
    }

    static RecordDeclarationUseCase.Receipt receipt(String receivedOn) {
        return new RecordDeclarationUseCase.Receipt(LocalDate.parse(receivedOn), "Katrin Böhme");
    }

    // ---- bodies, seats and meetings

    /** A body to establish: a working group of the network from 1 February 2021, decided by simple majority. */
    BodyDraft body(Network network, String name) {
        return new BodyDraft(network.getId(), name);
    }

    /** An appointed member, for a partner if one is named, from {@code from} on. */
    Seat seat(Body body, String holder, Partner partner, String from) {
        return governanceService.appoint(new GovernanceUseCase.Appoint(body.getNetworkId(), body.getId(), holder,
                Optional.empty(), Optional.ofNullable(partner).map(Partner::getId), SeatRole.MEMBER, SeatBasis.APPOINTED,
                LocalDate.parse(from), Optional.empty()));
    }

    Meeting meeting(Body body, String startsAt, MeetingFormat format) {
        return meetingService.schedule(new MeetingUseCase.Schedule(body.getNetworkId(), body.getId(),
                LocalDateTime.parse(startsAt), null, format, "Neues Rathaus, Raum 259"));
    }

    static MeetingUseCase.Ref ref(Meeting meeting) {
        return new MeetingUseCase.Ref(meeting.getNetworkId(), meeting.getId());
    }

    // ---- refusals

    /** The call breaks the rule of {@code code}. */
    static void assertRefused(RuleCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(code));
    }

    /** The call names {@code field} as the bad value. */
    static void assertInvalid(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    // ---- outbox

    List<Notification> messages() {
        return outbox.page(Optional.empty(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /** A body's rules, defaults as for a working group, changed where a test needs it. */
    final class BodyDraft {
        private final NetworkId networkId;
        private final String name;
        private BodyKind kind = BodyKind.WORKING_GROUP;
        private Optional<BodyId> parent = Optional.empty();
        private LocalDate establishedOn = LocalDate.of(2021, 2, 1);
        private Set<MeetingFormat> formats = EnumSet.allOf(MeetingFormat.class);
        private boolean minutesRequired;
        private DecisionRule rule = new DecisionRule(DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, Optional.empty());
        private Cadence cadence = new Cadence.Variable();
        private List<String> requiredTopics = List.of();
        private Composition composition = Composition.open();
        private Optional<ConveningRule> convening = Optional.empty();
        private Optional<ElectionRules> elections = Optional.empty();

        private BodyDraft(NetworkId networkId, String name) {
            this.networkId = networkId;
            this.name = name;
        }

        BodyDraft kind(BodyKind value) {
            kind = value;
            return this;
        }

        BodyDraft childOf(Body value) {
            parent = Optional.of(value.getId());
            return this;
        }

        BodyDraft establishedOn(String iso) {
            establishedOn = LocalDate.parse(iso);
            return this;
        }

        BodyDraft formats(MeetingFormat first, MeetingFormat... rest) {
            formats = EnumSet.of(first, rest);
            return this;
        }

        BodyDraft minutesRequired() {
            minutesRequired = true;
            return this;
        }

        BodyDraft decidedBy(DecisionRule.Kind value, Integer quorumPercent) {
            rule = new DecisionRule(value, Optional.ofNullable(quorumPercent));
            return this;
        }

        BodyDraft cadence(Cadence value) {
            cadence = value;
            return this;
        }

        BodyDraft requiredTopics(String... topics) {
            requiredTopics = List.of(topics);
            return this;
        }

        BodyDraft composition(Composition value) {
            composition = value;
            return this;
        }

        BodyDraft convenedBy(ConveningRule value) {
            convening = Optional.of(value);
            return this;
        }

        /** Elected by {@code electorate} (or, when null, by each child group) for terms of {@code termYears}. */
        BodyDraft elected(Body electorate, int termYears, Integer maxConsecutiveTerms) {
            elections = Optional.of(new ElectionRules(Optional.ofNullable(electorate).map(Body::getId), termYears,
                    Optional.ofNullable(maxConsecutiveTerms)));
            return this;
        }

        Body establish() {
            return governanceService.establish(new GovernanceUseCase.EstablishBody(networkId, kind, name, parent,
                    establishedOn, Optional.empty(), new Charter(formats, minutesRequired, rule, cadence, requiredTopics,
                    Optional.of("Steuert das Netzwerk"), composition, convening, elections)));
        }
    }

    /** A clock standing still until a test moves it on. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        /** Noon in Germany on {@code day}. */
        void setToday(LocalDate day) {
            now = day.atTime(12, 0).atZone(GERMANY).toInstant();
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return GERMANY;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("koop's clock runs in Germany");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A mail server that takes every message but those to the addresses refused, in the order given. */
    static final class MailServer implements MailSender {
        final List<Notification> received = new ArrayList<>();
        final Set<EmailAddress> refused = new HashSet<>();

        @Override
        public void send(List<Notification> batch, BooleanSupplier proceed, Consumer<Delivery> outcomes) {
            for (Notification message : batch) {
                if (!proceed.getAsBoolean()) {
                    return;
                }
                if (refused.contains(message.recipient())) {
                    outcomes.accept(Delivery.failed(message, "550 Postfach nicht erreichbar"));
                } else {
                    received.add(message);
                    outcomes.accept(Delivery.delivered(message));
                }
            }
        }
    }
}
