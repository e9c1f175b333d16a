package de.koop.bootstrap;

import de.koop.application.access.SystemJobs;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.AssignCoordinationCommand;
import de.koop.application.port.in.AssignCoordinationUseCase;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.ReviewAgreementUseCase;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.in.AgendaUseCase;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.ScheduleMeetingUseCase;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.PublicationConsentUseCase;
import de.koop.application.port.in.RegisterNetworkCommand;
import de.koop.application.port.in.RegisterNetworkUseCase;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Review;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Minutes;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.network.Admission;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The networks of the three agreements in shared/agreements with their agreements, real dates and
 * rules, and realistic (invented) partners, contacts and declarations, loaded through the use cases
 * into an empty store when {@code koop.demo-data=true}, once the server listens (as {@link FirstAdministrator},
 * so that the first answer of a start does not wait for the use cases this needs).
 */
@Singleton
@Requires(property = "koop.demo-data", value = "true")
class DemoData implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String RECORDED_BY = "Demodaten";

    private final FindNetworksQuery networks;
    private final RegisterNetworkUseCase registerNetwork;
    private final RegisterPartnerUseCase registerPartner;
    private final PublicationConsentUseCase consent;
    private final AssignCoordinationUseCase coordination;
    private final ConcludeAgreementUseCase agreements;
    private final ReviewAgreementUseCase reviews;
    private final RecordDeclarationUseCase declarations;
    private final GovernanceUseCase governance;
    private final ScheduleMeetingUseCase scheduling;
    private final AgendaUseCase agenda;
    private final MeetingUseCase meetings;
    private final ObligationUseCase obligations;

    DemoData(FindNetworksQuery networks, RegisterNetworkUseCase registerNetwork, RegisterPartnerUseCase registerPartner,
             PublicationConsentUseCase consent, AssignCoordinationUseCase coordination,
             ConcludeAgreementUseCase agreements, ReviewAgreementUseCase reviews,
             RecordDeclarationUseCase declarations, GovernanceUseCase governance, ScheduleMeetingUseCase scheduling,
             AgendaUseCase agenda, MeetingUseCase meetings,
             ObligationUseCase obligations) {
        this.networks = networks;
        this.registerNetwork = registerNetwork;
        this.registerPartner = registerPartner;
        this.consent = consent;
        this.coordination = coordination;
        this.agreements = agreements;
        this.reviews = reviews;
        this.declarations = declarations;
        this.governance = governance;
        this.scheduling = scheduling;
        this.agenda = agenda;
        this.meetings = meetings;
        this.obligations = obligations;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        // koop loads them itself, with nobody signed in
        SystemJobs.run(() -> {
            if (networks.list(PageRequest.first()).totalItems() > 0) {
                return;
            }
            leipzig();
            nordsachsen();
            nrwCooperation();
            LOG.info("Demodaten geladen: drei Netzwerke aus shared/agreements");
        });
    }

    private void leipzig() {
        Network network = registerNetwork.register(new RegisterNetworkCommand("Leipziger Kooperation Pflege", "LeiKoP",
                "Stadt Leipzig", """
                        Vorhandene Leistungsangebote erfassen, ausbauen und weiterentwickeln.
                        Bedarfsorientierte Angebote anregen.
                        Wohnortnahe, umfassende und unabhängige Beratung und Vermittlung initiieren.
                        Unterstützungs- und Entlastungsangebote steuern und koordinieren.
                        Themenbezogene Informationsveranstaltungen und Weiterbildungen organisieren.
                        Die Öffentlichkeit informieren und sensibilisieren.
                        Handlungsempfehlungen erarbeiten.""", Admission.OPEN));
        Partner city = partner(network, "Stadt Leipzig, Sozialamt – Netzwerkkoordination Pflege",
                PartnerCategory.CITY_ADMINISTRATION, address("Prager Straße 21", "04103", "Leipzig"),
                "https://leipzig.example/logo.svg", true, true,
                contact("Katrin Böhme", "Netzwerkkoordinatorin", "0341 123-4501", "koordination.pflege@leipzig.example"),
                contact("Thomas Richter", "Sachgebietsleiter Altenhilfe", "0341 123-4502", "altenhilfe@leipzig.example"));
        Partner aok = partner(network, "AOK PLUS – Pflegekasse", PartnerCategory.COST_BEARER,
                address("Sternplatz 7", "01067", "Dresden"), "https://aokplus.example/logo.png", true, false,
                contact("Sabine Krüger", "Pflegeberatung Leipzig", "0341 555-2100", "pflegeberatung@aokplus.example"));
        Partner hospital = partner(network, "Klinikum St. Georg – Sozialdienst", PartnerCategory.HOSPITAL,
                address("Delitzscher Straße 141", "04129", "Leipzig"), null, false, true,
                contact("Dr. Martin Lange", "Leitung Sozialdienst", "0341 909-0", "sozialdienst@stgeorg.example"));
        Partner sonnenschein = partner(network, "Ambulanter Pflegedienst Sonnenschein gGmbH",
                PartnerCategory.SERVICE_PROVIDER,
                address("Karl-Liebknecht-Straße 52", "04275", "Leipzig"), "https://sonnenschein.example/logo.png",
                true, true,
                contact("Jana Vogel", "Pflegedienstleitung", "0341 301-7788", "jana.vogel@sonnenschein.example"));
        Partner diakonie = partner(network, "Diakonie-Sozialstation Leipzig-Grünau", PartnerCategory.SERVICE_PROVIDER,
                address("Stuttgarter Allee 18", "04209", "Leipzig"), null, false, false,
                contact("Peter Hoffmann", "Einrichtungsleitung", "0341 412-6600", "sozialstation@diakonie-gruenau.example"));
        Partner selfHelp = partner(network, "Selbsthilfegruppe Pflegende Angehörige Leipzig", PartnerCategory.SELF_HELP,
                address("Rosa-Luxemburg-Straße 19", "04103", "Leipzig"), null, false, true,
                contact("Monika Schulze", "Gruppensprecherin", null, "angehoerige@selbsthilfe-leipzig.example"));
        coordination.assignCoordination(new AssignCoordinationCommand(network.getId(), city.getId(),
                city.getContacts().getFirst().id()));
        // leipzig § 8: in force from 1 February 2021, unlimited, every partner may terminate at any time
        Agreement framework = agreements.conclude(new ConcludeAgreementUseCase.Command(network.getId(),
                AgreementKind.FRAMEWORK_AGREEMENT, "Rahmenvereinbarung Leipziger Kooperation Pflege",
                "§ 15 SGB I i. V. m. § 8 Abs. 2 SGB XI; Kooperationsvereinbarung Freistaat Sachsen vom 12. Juni 2009",
                List.of(city.getId(), aok.getId()),
                List.of(new Annex("Beitrittserklärung", "leikop-beitrittserklaerung.pdf")), new Term.Unlimited(),
                new TerminationRule.AnyTime(), false, LocalDate.of(2021, 1, 20), LocalDate.of(2021, 2, 1),
                "leikop-rahmenvereinbarung-2021.pdf"));
        accede(framework, hospital, LocalDate.of(2021, 3, 2));
        accede(framework, sonnenschein, LocalDate.of(2021, 4, 12));
        accede(framework, diakonie, LocalDate.of(2021, 5, 3));
        accede(framework, selfHelp, LocalDate.of(2022, 9, 15));
        declarations.recordTermination(new RecordDeclarationUseCase.TerminationCommand(network.getId(),
                framework.getId(), diakonie.getId(), Optional.of(LocalDate.of(2024, 6, 30)),
                new RecordDeclarationUseCase.Receipt(LocalDate.of(2024, 6, 3), RECORDED_BY)));
        leipzigBodies(network, city, List.of(aok, hospital, sonnenschein, selfHelp));
    }

    /** leipzig §§ 3–4: conference, steering group, coordination, working groups, the dementia sub-network. */
    private void leipzigBodies(Network network, Partner city, List<Partner> partners) {
        Body conference = body(network, BodyKind.CONFERENCE, "Netzwerkkonferenz", null, LocalDate.of(2021, 2, 1),
                EnumSet.of(MeetingFormat.IN_PERSON), false, DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST,
                new Cadence.EveryYears(2), List.of("Bericht der Steuerungsgruppe", "Bericht der Arbeitsgruppen",
                        "Bericht des Unternetzwerks Demenz", "Ausblick, Neuentwicklung und Schwerpunktsetzung"),
                Composition.open(), new ConveningRule.Fixed(city.getId()), null);
        Body steering = body(network, BodyKind.STEERING_GROUP, "Steuerungsgruppe", null, LocalDate.of(2021, 2, 1),
                EnumSet.of(MeetingFormat.IN_PERSON, MeetingFormat.VIRTUAL), false,
                DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST,
                new Cadence.TimesAYear(4, Cadence.TimesAYear.Frequency.ABOUT), List.of(),
                new Composition(Optional.of(10), true, List.of(city.getId()), false),
                new ConveningRule.Fixed(city.getId()),
                new ElectionRules(Optional.of(conference.getId()), 1, Optional.empty()));
        Body coordination = body(network, BodyKind.COORDINATION, "Netzwerkkoordination", null,
                LocalDate.of(2021, 2, 1), EnumSet.of(MeetingFormat.IN_PERSON, MeetingFormat.VIRTUAL), false,
                DecisionRule.Kind.CONSENSUS, new Cadence.Variable(), List.of(), Composition.open(), null, null);
        seat(coordination, city, SeatRole.CHAIR, LocalDate.of(2021, 2, 1));
        List<Partner> all = new ArrayList<>(partners);
        all.addFirst(city);
        all.forEach(p -> seat(conference, p, SeatRole.MEMBER, LocalDate.of(2021, 2, 1)));
        String[] groups = {"AG Überleitung", "AG Fachkräftesicherung", "AG Bestandsanalyse"};
        for (int i = 0; i < groups.length; i++) {
            Body group = body(network, BodyKind.WORKING_GROUP, groups[i], steering.getId(), LocalDate.of(2021, 4, 1),
                    EnumSet.of(MeetingFormat.VIRTUAL, MeetingFormat.IN_PERSON), false, DecisionRule.Kind.CONSENSUS,
                    new Cadence.TimesAYear(4, Cadence.TimesAYear.Frequency.ABOUT), List.of(), Composition.open(), null,
                    null);
            seat(group, partners.get(i + 1), SeatRole.SPEAKER, LocalDate.of(2021, 4, 1));
        }
        Body dementia = body(network, BodyKind.SUB_NETWORK, "Unternetzwerk Demenz", steering.getId(),
                LocalDate.of(2021, 2, 1), EnumSet.of(MeetingFormat.IN_PERSON), false, DecisionRule.Kind.CONSENSUS,
                new Cadence.TimesAYear(2, Cadence.TimesAYear.Frequency.AT_LEAST), List.of(), Composition.open(), null,
                null);
        seat(dementia, city, SeatRole.SPEAKER, LocalDate.of(2021, 2, 1));
        // the sub-network's seat in the steering group, reserved for the city's dementia counselling
        governance.appoint(new GovernanceUseCase.Appoint(network.getId(), steering.getId(),
                city.getContacts().get(1).name(), Optional.of(city.getContacts().get(1).id()),
                Optional.of(city.getId()), SeatRole.DELEGATE, SeatBasis.APPOINTED, LocalDate.of(2021, 2, 1),
                Optional.empty()));
        List<Candidate> candidates = all.stream().map(p -> new Candidate(p.getContacts().getFirst().name(),
                Optional.of(p.getContacts().getFirst().id()), Optional.of(p.getId()), 5)).toList();
        governance.elect(new GovernanceUseCase.Elect(network.getId(), steering.getId(), Optional.empty(),
                LocalDate.of(2026, 3, 18), candidates.size(), all.stream().map(p -> p.getContacts().getFirst().name())
                .toList(), candidates));
        Meeting held = scheduling.schedule(new MeetingUseCase.Schedule(network.getId(), conference.getId(),
                LocalDateTime.of(2025, 3, 12, 14, 0), LocalDateTime.of(2025, 3, 12, 17, 0), MeetingFormat.IN_PERSON,
                "Neues Rathaus Leipzig, Festsaal"));
        MeetingUseCase.Ref ref = new MeetingUseCase.Ref(network.getId(), held.getId());
        agenda.proposeItem(ref, "Fachtag Demenz 2026", all.get(1).getContacts().getFirst().name());
        agenda.acceptItem(ref, 5);
        meetings.invite(ref);
        meetings.recordHeld(ref, all.stream().map(p -> p.getContacts().getFirst().name()).toList());
        meetings.recordDecision(ref, Optional.of(5), "Der Fachtag Demenz findet im Mai 2026 statt.", 4, 0, 1);
        meetings.recordMinutes(ref, new Minutes("Protokoll der Netzwerkkonferenz vom 12. März 2025.",
                Optional.of(LocalDate.of(2025, 4, 2))));
        meetings.close(ref);
    }

    private Body body(Network network, BodyKind kind, String name, BodyId parent, LocalDate established,
                      Set<MeetingFormat> formats, boolean minutesRequired, DecisionRule.Kind decisions, Cadence cadence,
                      List<String> requiredTopics, Composition composition, ConveningRule convening,
                      ElectionRules election) {
        return governance.establish(new GovernanceUseCase.EstablishBody(network.getId(), kind, name,
                Optional.ofNullable(parent), established, Optional.empty(), new Charter(formats, minutesRequired,
                new DecisionRule(decisions, Optional.empty()), cadence, requiredTopics, Optional.empty(), composition,
                Optional.ofNullable(convening), Optional.ofNullable(election))));
    }

    private void seat(Body body, Partner partner, SeatRole role, LocalDate from) {
        var person = partner.getContacts().getFirst();
        governance.appoint(new GovernanceUseCase.Appoint(body.getNetworkId(), body.getId(), person.name(),
                Optional.of(person.id()), Optional.of(partner.getId()), role, SeatBasis.APPOINTED, from,
                Optional.empty()));
    }

    private void accede(Agreement agreement, Partner partner, LocalDate receivedOn) {
        var contact = partner.getContacts().getFirst();
        declarations.recordAccession(new RecordDeclarationUseCase.AccessionCommand(agreement.getNetworkId(),
                agreement.getId(), partner.getId(), 1, new AccessionContact(partner.getName(), contact.name(),
                contact.phone().orElse(new PhoneNumber("0341 123-0000")), contact.email().orElseThrow()),
                partner.getLogoConsent().isGiven(), partner.getContactsConsent().isGiven(), true,
                receivedOn.minusDays(3), new RecordDeclarationUseCase.Receipt(receivedOn, RECORDED_BY)));
    }

    private void nordsachsen() {
        Network network = registerNetwork.register(new RegisterNetworkCommand(
                "Integrierte Sozialplanung im Landkreis Nordsachsen", "ISP-NOS", "Landkreis Nordsachsen", """
                        Hilfen und Unterstützung ziel- und bedarfsgerecht geben.
                        Kommunale Daseinsvorsorge sicherstellen und fortentwickeln.
                        Kooperativer und beteiligungsorientierter Austausch mit regionalen Akteuren.""",
                Admission.OPEN));
        Partner district = partner(network, "Landratsamt Nordsachsen, Sozialplanung", PartnerCategory.CITY_ADMINISTRATION,
                address("Dr.-Belian-Straße 4-5", "04838", "Eilenburg"), "https://nordsachsen.example/wappen.svg",
                true, true,
                contact("Anja Meißner", "Sozialplanerin, Netzwerkkoordination", "03421 758-1234",
                        "sozialplanung@nordsachsen.example"));
        Partner jobcenter = partner(network, "Jobcenter Nordsachsen", PartnerCategory.COST_BEARER,
                address("Richard-Wagner-Straße 3", "04860", "Torgau"), null, false, false,
                contact("Frank Neumann", "Bereichsleiter", "03421 7890-100", "frank.neumann@jobcenter-nos.example"));
        Partner seniors = partner(network, "Kreisseniorenbeirat Nordsachsen", PartnerCategory.SENIOR_REPRESENTATION,
                address("Schloßstraße 27", "04860", "Torgau"), null, false, true,
                contact("Gerda Winkler", "Vorsitzende", "03421 712-555", "seniorenbeirat@nordsachsen.example"));
        Partner caritas = partner(network, "Caritasverband Nordsachsen e. V.", PartnerCategory.SERVICE_PROVIDER,
                address("Ritterstraße 8", "04509", "Delitzsch"), "https://caritas-nos.example/logo.png", true, false,
                contact("Stefan Beyer", "Fachdienst Sozialberatung", "034202 601-20", "beratung@caritas-nos.example"));
        coordination.assignCoordination(new AssignCoordinationCommand(network.getId(), district.getId(),
                district.getContacts().getFirst().id()));
        // nordsachsen § 8: in force on signing (Torgau, 1 February 2023); § 5: readiness withdrawable at any time
        agreements.conclude(new ConcludeAgreementUseCase.Command(network.getId(), AgreementKind.FRAMEWORK_ORDER,
                "Rahmenordnung für die Zusammenarbeit auf dem Gebiet der Integrierten Sozialplanung", null,
                List.of(district.getId()), List.of(new Annex("Anlage 1: Netzwerkstruktur", null),
                        new Annex("Anlage 2: Bereitschaftserklärung", null)), new Term.Unlimited(),
                new TerminationRule.AnyTime(), false, LocalDate.of(2023, 2, 1), null, "rahmenordnung-isp-2023.pdf"));
        ready(jobcenter, List.of("AG Integrierte Sozialplanung (Steuerungsgruppe)", "UAG Arbeit und Teilhabe"),
                LocalDate.of(2023, 3, 1));
        ready(seniors, List.of("UAG Älter werden im Landkreis"), LocalDate.of(2023, 3, 8));
        ready(caritas, List.of("UAG Armut und soziale Teilhabe"), LocalDate.of(2023, 4, 3));
        nordsachsenBodies(network, district, jobcenter, seniors, caritas);
    }

    /** nordsachsen §§ 1–3, 6: a steering group elected by its sub-groups, minutes for every session. */
    private void nordsachsenBodies(Network network, Partner district, Partner jobcenter, Partner seniors,
                                   Partner caritas) {
        // § 6 "Abstimmung der anwesenden Arbeitsgruppenmitglieder mit einfacher Mehrheit": more yes than no
        // among the votes the members present cast; abstentions do not count
        Body steering = body(network, BodyKind.STEERING_GROUP, "AG Integrierte Sozialplanung", null,
                LocalDate.of(2023, 2, 1), EnumSet.of(MeetingFormat.IN_PERSON, MeetingFormat.VIRTUAL), true,
                DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, new Cadence.Variable(), List.of(),
                new Composition(Optional.empty(), false, List.of(), true), new ConveningRule.Fixed(district.getId()),
                new ElectionRules(Optional.empty(), 2, Optional.empty()));
        seat(steering, district, SeatRole.CHAIR, LocalDate.of(2023, 2, 1));
        Body work = subGroup(network, steering, "UAG Arbeit und Teilhabe");
        Body elderly = subGroup(network, steering, "UAG Älter werden im Landkreis");
        Body poverty = subGroup(network, steering, "UAG Armut und soziale Teilhabe");
        seat(work, jobcenter, SeatRole.MEMBER, LocalDate.of(2023, 3, 1));
        seat(elderly, seniors, SeatRole.MEMBER, LocalDate.of(2023, 3, 8));
        seat(poverty, caritas, SeatRole.MEMBER, LocalDate.of(2023, 4, 3));
        for (var pair : List.of(Map.entry(work, jobcenter), Map.entry(elderly, seniors), Map.entry(poverty, caritas))) {
            var person = pair.getValue().getContacts().getFirst();
            governance.elect(new GovernanceUseCase.Elect(network.getId(), steering.getId(),
                    Optional.of(pair.getKey().getId()), LocalDate.of(2025, 5, 6), 1, List.of(person.name()),
                    List.of(new Candidate(person.name(), Optional.of(person.id()), Optional.of(pair.getValue().getId()),
                            1))));
        }
        Meeting meeting = scheduling.schedule(new MeetingUseCase.Schedule(network.getId(), steering.getId(),
                LocalDateTime.of(2025, 10, 14, 10, 0), LocalDateTime.of(2025, 10, 14, 12, 0), MeetingFormat.VIRTUAL,
                "Videokonferenz des Landratsamts"));
        MeetingUseCase.Ref ref = new MeetingUseCase.Ref(network.getId(), meeting.getId());
        meetings.invite(ref);
        meetings.recordHeld(ref, List.of(district.getContacts().getFirst().name(), jobcenter.getContacts().getFirst().name()));
    }

    private Body subGroup(Network network, Body steering, String name) {
        return body(network, BodyKind.WORKING_GROUP, name, steering.getId(), LocalDate.of(2023, 2, 1),
                EnumSet.of(MeetingFormat.IN_PERSON, MeetingFormat.VIRTUAL), true,
                DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, new Cadence.Variable(), List.of(), Composition.open(),
                null, null);
    }

    private void ready(Partner partner, List<String> workingGroups, LocalDate receivedOn) {
        var person = partner.getContacts().getFirst();
        declarations.recordReadiness(new RecordDeclarationUseCase.ReadinessCommand(partner.getNetworkId(),
                Optional.of(partner.getId()), person.name(), person.email(), workingGroups,
                new RecordDeclarationUseCase.Receipt(receivedOn, RECORDED_BY)));
    }

    private void nrwCooperation() {
        // a bilateral cooperation: fixed parties, closed to accession
        Network network = registerNetwork.register(new RegisterNetworkCommand(
                "Kooperation Eingliederungshilfe und Sozialhilfe Kreis Steinfurt", "KEH-ST", "Kreis Steinfurt", """
                        Inklusive Sozialräume herstellen und sozialraumorientierte Leistungen sicherstellen.
                        Angebotsstrukturen für Menschen mit Behinderungen bedarfsgerecht weiterentwickeln.""",
                Admission.CLOSED));
        Partner lwl = partner(network, "Landschaftsverband Westfalen-Lippe, LWL-Inklusionsamt Soziale Teilhabe",
                PartnerCategory.COST_BEARER, address("Warendorfer Straße 26-28", "48133", "Münster"), null, false, true,
                contact("Christian Albers", "Regionalplanung Kreis Steinfurt", "0251 591-4000",
                        "regionalplanung@lwl.example"));
        Partner district = partner(network, "Kreis Steinfurt, Sozialamt", PartnerCategory.CITY_ADMINISTRATION,
                address("Tecklenburger Straße 10", "48565", "Steinfurt"), null, false, true,
                contact("Birgit Kamps", "Leitung Sozialplanung", "02551 69-2000", "sozialplanung@kreis-steinfurt.example"));
        coordination.assignCoordination(new AssignCoordinationCommand(network.getId(), lwl.getId(),
                lwl.getContacts().getFirst().id()));
        // nrw § 17: in force on signing; five years counted from the end of that year; review; no ordinary termination
        Agreement cooperation = agreements.conclude(new ConcludeAgreementUseCase.Command(network.getId(),
                AgreementKind.COOPERATION_AGREEMENT,
                "Kooperationsvereinbarung über die Leistungen der Eingliederungshilfe und der Sozialhilfe",
                "§ 5 AG-SGB IX NRW, § 8 AG-SGB XII NRW, § 5 Rahmenvereinbarung NRW",
                List.of(lwl.getId(), district.getId()), List.of(), new Term.Fixed(5, TermStart.END_OF_EFFECTIVE_YEAR, 0,
                        RenewalRule.RENEW_UNLESS_CHANGE_NEEDED),
                new TerminationRule.Excluded(), false, LocalDate.of(2020, 9, 1), null, "kooperationsvereinbarung-st-2020.pdf"));
        reviews.recordReview(new ReviewAgreementUseCase.Command(network.getId(), cooperation.getId(),
                new Review(LocalDate.of(2025, 11, 20), false, Optional.of("Überprüfung ohne Änderungsbedarf"))));
        // nrw § 4 and its annex: data for 31 December, due by 30 April; § 16: an exchange at least once a year
        Obligation data = obligations.create(new ObligationUseCase.Create(network.getId(), cooperation.getId(),
                "Datenlieferung nach § 4 (Anlage)", district.getId(), Optional.of(lwl.getId()),
                new DeadlineRule.ForReferenceDate(MonthDay.of(12, 31), MonthDay.of(4, 30), 1),
                LocalDate.of(2020, 9, 1), Optional.empty(), 14));
        obligations.fulfil(new ObligationUseCase.Fulfil(network.getId(), data.getId(), LocalDate.of(2025, 4, 30),
                LocalDate.of(2025, 4, 24), "Daten zum 31.12.2024 übermittelt"));
        obligations.create(new ObligationUseCase.Create(network.getId(), cooperation.getId(),
                "Erfahrungsaustausch nach § 16", lwl.getId(), Optional.of(district.getId()),
                new DeadlineRule.OnceAYear(), LocalDate.of(2020, 9, 1), Optional.empty(), 30));
    }

    private Partner partner(Network network, String name, PartnerCategory category, PostalAddress address,
                            String logoUrl, boolean logoConsent, boolean contactsConsent, ContactDetails... contacts) {
        Partner partner = registerPartner.register(new RegisterPartnerCommand(network.getId(),
                PartnerData.of(name, category, address)
                        .withLogo(Optional.ofNullable(logoUrl).map(LogoReference::new).orElse(null))
                        .withNoCommercialInterestDeclaredOn(LocalDate.of(2024, 1, 15)),
                List.of(contacts)));
        if (logoConsent) {
            partner = consent.give(new PublicationConsentCommand(network.getId(), partner.getId(), ConsentScope.LOGO,
                    Optional.of(LocalDate.of(2024, 1, 15))));
        }
        if (contactsConsent) {
            partner = consent.give(new PublicationConsentCommand(network.getId(), partner.getId(),
                    ConsentScope.CONTACTS, Optional.of(LocalDate.of(2024, 1, 15))));
        }
        return partner;
    }

    private static PostalAddress address(String street, String postalCode, String city) {
        return new PostalAddress(street, postalCode, city);
    }

    private static ContactDetails contact(String name, String function, String phone, String email) {
        return new ContactDetails(Optional.empty(), name, Optional.of(function),
                Optional.ofNullable(phone).map(PhoneNumber::new), Optional.of(new EmailAddress(email)));
    }
}
