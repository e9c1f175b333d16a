package de.koop.application.port.in;

import de.koop.application.port.RecordTimestamps;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What of one network the public may read (the OParl API): the network, its bodies and meetings when
 * it is open, the partners that consented to publication and, of those that consented to publish
 * their contacts, the contact people. Former partners and withdrawn consents show as depublished.
 * Nothing else of a partner or a person is in here (rules 14, 15).
 *
 * @param bodies       empty for a network closed to new partners: only what was published by consent shows
 * @param depublished  partners once published that withdrew or left: only their ids and dates are shown
 */
public record PublicRecords(Network network, RecordTimestamps dates, List<DatedBody> bodies,
                            List<DatedMeeting> meetings, List<PublishedPartner> partners,
                            List<Depublished> depublished) {

    public PublicRecords {
        bodies = List.copyOf(bodies);
        meetings = List.copyOf(meetings);
        partners = List.copyOf(partners);
        depublished = List.copyOf(depublished);
    }

    /** A body and when its record was written. */
    public record DatedBody(Body body, RecordTimestamps dates) {
    }

    /**
     * A meeting; its minutes are public once approved.
     *
     * @param participants the invitees whose publication was consented
     */
    public record DatedMeeting(Meeting meeting, RecordTimestamps dates, Set<PersonId> participants,
                               boolean minutesPublished) {
    }

    /**
     * A partner that consented: its organisation, and its contacts when it consented to publish them.
     */
    public record PublishedPartner(Partner partner, RecordTimestamps dates, List<Person> people) {
        public PublishedPartner {
            people = List.copyOf(people);
        }
    }

    /**
     * What is no longer published: a partner's organisation (when it withdrew or left) and the people
     * it once showed.
     */
    public record Depublished(PartnerId partnerId, RecordTimestamps dates, boolean organization,
                              List<PersonId> people) {
        public Depublished {
            people = List.copyOf(people);
        }
    }

    /** The published person of that id, if any. */
    public Optional<Person> person(PersonId id) {
        return partners.stream().flatMap(p -> p.people().stream()).filter(p -> p.id().equals(id)).findFirst();
    }

    /** The partner, if published. */
    public Optional<PublishedPartner> partner(PartnerId id) {
        return partners.stream().filter(p -> p.partner().getId().equals(id)).findFirst();
    }
}
