package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.Meetings;
import de.koop.domain.governance.Meeting;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Meetings} in memory, for tests and demos. */
public final class InMemoryMeetings implements Meetings {

    private final VersionedStore<MeetingId, Meeting> store = new VersionedStore<>(new VersionedStore.Kind<>() {
        @Override
        public String germanName() {
            return "Sitzung";
        }

        @Override
        public MeetingId id(Meeting meeting) {
            return meeting.getId();
        }

        @Override
        public long version(Meeting meeting) {
            return meeting.getVersion();
        }

        @Override
        public String name(Meeting meeting) {
            return meeting.getId().toString();
        }

        @Override
        public Meeting copy(Meeting m, long version) {
            return Meeting.reconstitute(m.getId(), m.getNetworkId(), m.getBodyId(), m.getNumber(), m.getStartsAt(),
                    m.getEndsAt().orElse(null), m.getFormat(), m.getPlace().orElse(null), m.getConvener().orElse(null),
                    m.getState(), m.getInvitees(), m.getAgenda(), m.getDecisions(), m.getMinutes().orElse(null),
                    version);
        }
    });

    @Override
    public Meeting save(Meeting meeting) {
        return store.save(meeting);
    }

    @Override
    public Optional<Meeting> findById(MeetingId id) {
        return store.findById(id);
    }

    @Override
    public List<Meeting> listByBody(BodyId bodyId) {
        return store.list(m -> m.getBodyId().equals(bodyId)).stream()
                .sorted(Comparator.comparingInt(Meeting::getNumber)).toList();
    }

    @Override
    public List<Meeting> listByBodies(Collection<BodyId> bodyIds) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        Set<BodyId> wanted = Set.copyOf(bodyIds);
        return store.list(m -> wanted.contains(m.getBodyId()));
    }

    @Override
    public List<Meeting> listByNetwork(NetworkId networkId) {
        return store.list(m -> m.getNetworkId().equals(networkId)).stream()
                .sorted(Comparator.comparing(Meeting::getStartsAt).thenComparing(m -> m.getId().toString())).toList();
    }

    /** Forgets every meeting. */
    public void clear() {
        store.clear();
    }
}
