package de.koop.application.service;

import de.koop.application.port.in.BodyView;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Structure;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Computes where a body stands on a day from the network's structure and the body's meetings. */
final class BodyViews {

    private BodyViews() {
    }

    static BodyView view(Structure structure, Body body, List<Meeting> meetingsOfBody, LocalDate date,
                         Function<PartnerId, String> partnerNames) {
        Optional<LocalDate> lastMeeting = meetingsOfBody.stream()
                .filter(m -> m.getState().isHeld())
                .map(m -> m.getStartsAt().toLocalDate())
                .filter(d -> !d.isAfter(date))
                .max(Comparator.naturalOrder());
        LocalDate since = lastMeeting.orElse(body.getEstablishedOn());
        Optional<LocalDate> due = body.getCadence().nextDue(since);
        boolean overdue = body.existsOn(date) && body.getCadence().isOverdue(since, date);
        // the next meeting is the earliest one still to be held, if one is planned
        Optional<Meeting> planned = meetingsOfBody.stream().filter(m -> !m.getState().isHeld())
                .min(Comparator.comparing(Meeting::getStartsAt));
        Optional<ConveningRule.Responsibility> convener = planned.isPresent() ? planned.get().getConvener()
                : body.getConvening().map(rule -> rule.responsibleFor(meetingsOfBody.size() + 1,
                        due.filter(d -> d.isAfter(date)).orElse(date)));
        return new BodyView(body, date, structure.membersOn(body, date), structure.compositionGapsOn(body, date, partnerNames),
                lastMeeting, due, overdue, convener);
    }
}
