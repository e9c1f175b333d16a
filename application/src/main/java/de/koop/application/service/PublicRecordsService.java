package de.koop.application.service;

import de.koop.application.port.RecordTimestamps;
import de.koop.application.port.in.PublicRecords;
import de.koop.application.port.in.PublicRecordsQuery;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.RecordDates;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Invitee;
import de.koop.domain.governance.Meeting;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Selects what of a network is public (rules 14, 15). One call is one read-only transaction. */
public final class PublicRecordsService implements PublicRecordsQuery {

    // records written before koop kept dates (none in a new installation) show the epoch
    private static final RecordTimestamps UNKNOWN = new RecordTimestamps(Instant.EPOCH, Instant.EPOCH);

    private final Networks networks;
    private final Partners partners;
    private final Agreements agreements;
    private final Declarations declarations;
    private final Bodies bodies;
    private final Meetings meetings;
    private final RecordDates recordDates;

    public PublicRecordsService(Networks networks, Partners partners, Agreements agreements, Declarations declarations,
                                Bodies bodies, Meetings meetings, RecordDates recordDates) {
        this.networks = Objects.requireNonNull(networks);
        this.partners = Objects.requireNonNull(partners);
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.bodies = Objects.requireNonNull(bodies);
        this.meetings = Objects.requireNonNull(meetings);
        this.recordDates = Objects.requireNonNull(recordDates);
    }

    @Override
    public List<NetworkId> networks() {
        List<NetworkId> all = new ArrayList<>();
        AllPages.eachNetwork(networks, network -> all.add(network.getId()));
        return all;
    }

    @Override
    public PublicRecords of(NetworkId networkId, LocalDate today) {
        Network network = new InNetwork(networks, partners).network(networkId);
        List<Partner> all = AllPages.partners(partners, networkId);
        List<Body> bodiesOfNetwork = network.isOpen() ? bodies.listByNetwork(networkId) : List.of();
        List<Meeting> meetingsOfNetwork = network.isOpen() ? meetings.listByNetwork(networkId) : List.of();
        Map<UUID, RecordTimestamps> dates = recordDates.of(Stream.of(Stream.of(networkId.value()),
                all.stream().map(p -> p.getId().value()), bodiesOfNetwork.stream().map(b -> b.getId().value()),
                meetingsOfNetwork.stream().map(m -> m.getId().value())).flatMap(s -> s).toList());

        Set<PartnerId> former = FormerPartners.of(agreements, declarations, networkId, today);
        List<PublicRecords.PublishedPartner> published = new ArrayList<>();
        List<PublicRecords.Depublished> depublished = new ArrayList<>();
        for (Partner partner : all) {
            RecordTimestamps dated = dates.getOrDefault(partner.getId().value(), UNKNOWN);
            boolean current = !former.contains(partner.getId());
            if (current && partner.directoryEntry().isPresent()) {
                published.add(new PublicRecords.PublishedPartner(partner, dated,
                        partner.consent(ConsentScope.CONTACTS).isGiven() ? partner.getContacts() : List.of()));
            } else if (wasPublished(partner)) {
                depublished.add(new PublicRecords.Depublished(partner.getId(), dated, true,
                        partner.getContacts().stream().map(Person::id).toList()));
            }
        }
        // contacts whose partner stays published but withdrew the consent to show them
        Set<PersonId> publicPeople = published.stream().flatMap(p -> p.people().stream()).map(Person::id)
                .collect(Collectors.toSet());
        published.stream().filter(p -> p.people().isEmpty() && wasGiven(p.partner().consent(ConsentScope.CONTACTS)))
                .forEach(p -> depublished.add(new PublicRecords.Depublished(p.partner().getId(), p.dates(), false,
                        p.partner().getContacts().stream().map(Person::id).toList())));

        List<PublicRecords.DatedBody> datedBodies = bodiesOfNetwork.stream()
                .map(b -> new PublicRecords.DatedBody(b, dates.getOrDefault(b.getId().value(), UNKNOWN))).toList();
        List<PublicRecords.DatedMeeting> datedMeetings = meetingsOfNetwork.stream()
                .map(m -> new PublicRecords.DatedMeeting(m, dates.getOrDefault(m.getId().value(), UNKNOWN),
                        m.getInvitees().stream().map(Invitee::personId).flatMap(Optional::stream)
                                .filter(publicPeople::contains).collect(Collectors.toSet()),
                        m.getMinutes().flatMap(minutes -> minutes.approvedOn()).isPresent()))
                .toList();
        return new PublicRecords(network, dates.getOrDefault(networkId.value(), UNKNOWN), datedBodies, datedMeetings,
                published, depublished);
    }

    private static boolean wasPublished(Partner partner) {
        return wasGiven(partner.consent(ConsentScope.LOGO)) || wasGiven(partner.consent(ConsentScope.CONTACTS));
    }

    private static boolean wasGiven(PublicationConsent consent) {
        return !(consent instanceof PublicationConsent.NotGiven);
    }

    @Override
    public Optional<NetworkId> networkOfPartner(PartnerId partnerId) {
        return partners.findById(partnerId).map(Partner::getNetworkId);
    }

    @Override
    public Optional<NetworkId> networkOfBody(BodyId bodyId) {
        return bodies.findById(bodyId).map(Body::getNetworkId);
    }

    @Override
    public Optional<NetworkId> networkOfMeeting(MeetingId meetingId) {
        return meetings.findById(meetingId).map(Meeting::getNetworkId);
    }
}
