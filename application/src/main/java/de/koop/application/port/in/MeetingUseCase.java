package de.koop.application.port.in;

import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Minutes;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.Required;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Runs a body's meetings from planning to closed minutes: schedule, agenda, invitation, attendance,
 * decisions, minutes, close. Every call changes one meeting.
 */
public interface MeetingUseCase {

    /** Times are local times in Germany ({@link Meeting#ZONE}). */
    record Schedule(NetworkId networkId, BodyId bodyId, LocalDateTime startsAt, LocalDateTime endsAt,
                    MeetingFormat format, String place) {
        public Schedule {
            Required.present(networkId, "networkId");
            Required.present(bodyId, "bodyId");
        }
    }

    /** Which meeting a step is about. */
    record Ref(NetworkId networkId, MeetingId meetingId) {
        public Ref {
            Required.present(networkId, "networkId");
            Required.present(meetingId, "meetingId");
        }
    }

    /** @throws NotFoundException when the body does not exist in that network */
    Meeting schedule(Schedule command);

    /** Rule 10: any participant may propose a topic. */
    Meeting proposeItem(Ref meeting, String title, String proposedBy);

    Meeting acceptItem(Ref meeting, int itemNumber);

    /** A deferred topic carries over to the body's next meeting. */
    Meeting deferItem(Ref meeting, int itemNumber);

    /** Invites the body's members on the meeting day, ex officio members included. */
    Meeting invite(Ref meeting);

    Meeting recordHeld(Ref meeting, List<String> present);

    /** Rule 11: the body's decision rule gives the outcome; taken under an agenda item, if one is named. */
    Meeting recordDecision(Ref meeting, Optional<Integer> agendaItem, String motion, int yes, int no, int abstain);

    Meeting recordMinutes(Ref meeting, Minutes minutes);

    /** Rule 12: a body that requires minutes cannot close a meeting without them. */
    Meeting close(Ref meeting);
}
