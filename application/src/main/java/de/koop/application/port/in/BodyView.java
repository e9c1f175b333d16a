package de.koop.application.port.in;

import de.koop.domain.governance.Body;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A body as it stands on a day: its members (ex officio included), the composition rules it does not
 * meet, when it must meet next and whether it is overdue, and who convenes the next meeting and why.
 */
public record BodyView(Body body, LocalDate date, List<Member> members, List<String> compositionGaps,
                       Optional<LocalDate> lastMeeting, Optional<LocalDate> nextMeetingDue, boolean overdue,
                       Optional<ConveningRule.Responsibility> nextConvener) {

    public BodyView {
        members = List.copyOf(members);
        compositionGaps = List.copyOf(compositionGaps);
    }
}
