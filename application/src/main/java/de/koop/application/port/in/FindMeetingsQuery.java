package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Meeting;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads a network's meetings, and what the next meeting of a body would be before it is planned. */
public interface FindMeetingsQuery {

    /**
     * The body's next meeting as planning it would make it: its number, and who convenes it by the body's
     * rule (rule 9) and why; no convener where the body has no rule.
     */
    record NextMeeting(int number, Optional<ConveningRule.Responsibility> convener) {
        public NextMeeting {
            if (number < 1) {
                throw new IllegalArgumentException("meetings are numbered from 1");
            }
            convener = Objects.requireNonNull(convener, "convener");
        }
    }

    /** @throws NotFoundException when the meeting does not exist in that network */
    @Query(Permission.READ_NETWORK)
    Meeting find(NetworkId networkId, MeetingId meetingId);

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    List<Meeting> list(NetworkId networkId);

    /**
     * What the body's next meeting would be if it were planned to take place on {@code day}: the same number
     * and convener as {@link ScheduleMeetingUseCase#schedule} would give it, so that a form can show them first.
     *
     * @throws NotFoundException when the body does not exist in that network
     */
    @Query(Permission.READ_NETWORK)
    NextMeeting nextMeeting(NetworkId networkId, BodyId bodyId, LocalDate day);
}
