package de.koop.application.service;

import de.koop.application.port.in.BodyView;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Structure;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Meetings;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import de.koop.domain.governance.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import de.koop.domain.shared.BodyId;

/** Computes where a body stands on a day from the network's structure and the body's meetings. */
final class BodyViews {

    private BodyViews() {
    }

    /** Every body of a network as it stands on {@code date}. */
    static List<BodyView> ofNetwork(NetworkId networkId, LocalDate date, Bodies bodies, Meetings meetings,
                                    Function<PartnerId, String> partnerNames, Set<PartnerId> formerPartners) {
        // the network's meetings in one read, not one read per body
        return ofNetwork(networkId, date, bodies, meetings.listByNetwork(networkId), partnerNames, formerPartners);
    }

    /** Every body of a network as it stands on {@code date}, with the network's meetings read already. */
    static List<BodyView> ofNetwork(NetworkId networkId, LocalDate date, Bodies bodies, List<Meeting> meetingsOfNetwork,
                                    Function<PartnerId, String> partnerNames, Set<PartnerId> formerPartners) {
        List<Body> all = bodies.listByNetwork(networkId);
        Structure structure = Structure.of(all);
        Map<BodyId, List<Meeting>> byBody = meetingsOfNetwork.stream().collect(Collectors.groupingBy(Meeting::getBodyId));
        Function<PartnerId, String> names = memoised(partnerNames);
        return all.stream().map(b -> view(structure, b, byBody.getOrDefault(b.getId(), List.of()), date, names,
                formerPartners)).toList();
    }

    /** Each partner's name looked up once per request. */
    static Function<PartnerId, String> memoised(Function<PartnerId, String> names) {
        Map<PartnerId, String> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, names);
    }

    /** The day of the body's last meeting held by {@code date}. */
    static Optional<LocalDate> lastMeeting(List<Meeting> meetingsOfBody, LocalDate date) {
        return meetingsOfBody.stream()
                .filter(m -> m.getState().isHeld())
                .map(m -> m.getStartsAt().toLocalDate())
                .filter(d -> !d.isAfter(date))
                .max(Comparator.naturalOrder());
    }

    static BodyView view(Structure structure, Body body, List<Meeting> meetingsOfBody, LocalDate date,
                         Function<PartnerId, String> partnerNames, Set<PartnerId> formerPartners) {
        Optional<LocalDate> lastMeeting = lastMeeting(meetingsOfBody, date);
        LocalDate since = lastMeeting.orElse(body.getEstablishedOn());
        Optional<LocalDate> due = body.getCadence().nextDue(since);
        boolean overdue = body.existsOn(date) && body.getCadence().isOverdue(since, date);
        Optional<ConveningRule.Responsibility> convener = body.nextConvener(meetingsOfBody, date);
        List<Member> members = structure.membersOn(body, date);
        List<String> gaps = new ArrayList<>(structure.compositionGapsOn(body, date, partnerNames));
        members.stream().filter(m -> m.onBehalfOf().filter(formerPartners::contains).isPresent())
                .forEach(m -> gaps.add("„" + m.name() + "“ sitzt für „" + partnerNames.apply(m.onBehalfOf().get())
                        + "“, der aus dem Netzwerk ausgeschieden ist; der Sitz sollte enden."));
        return new BodyView(body, date, members, gaps,
                lastMeeting, due, overdue, convener);
    }
}
