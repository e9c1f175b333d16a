package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
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
 * Holds a scheduled meeting: invitation, attendance, decisions, minutes, close; every call changes one
 * meeting. Scheduling ({@link ScheduleMeetingUseCase}) and the agenda ({@link AgendaUseCase}) have ports
 * of their own; the commands of all three are here.
 */
public interface MeetingUseCase {

    /** Times are local times in Germany ({@link Meeting#ZONE}). */
    record Schedule(NetworkId networkId, BodyId bodyId, LocalDateTime startsAt, LocalDateTime endsAt,
                    MeetingFormat format, String place) implements NetworkScoped {
        public Schedule {
            Required.present(networkId, "networkId");
            Required.present(bodyId, "bodyId");
        }
    }

    /** Which meeting a step is about. */
    record Ref(NetworkId networkId, MeetingId meetingId) implements NetworkScoped {
        public Ref {
            Required.present(networkId, "networkId");
            Required.present(meetingId, "meetingId");
        }
    }

    /** Invites the body's members on the meeting day, ex officio members included. */
    @Command(Permission.COORDINATE)
    Meeting invite(Ref meeting);

    @Command(Permission.COORDINATE)
    Meeting recordHeld(Ref meeting, List<String> present);

    /** Rule 11: the body's decision rule gives the outcome; taken under an agenda item, if one is named. */
    @Command(Permission.COORDINATE)
    Meeting recordDecision(Ref meeting, Optional<Integer> agendaItem, String motion, int yes, int no, int abstain);

    @Command(Permission.COORDINATE)
    Meeting recordMinutes(Ref meeting, Minutes minutes);

    /** Rule 12: a body that requires minutes cannot close a meeting without them. */
    @Command(Permission.COORDINATE)
    Meeting close(Ref meeting);
}
