package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.governance.Meeting;

/** A meeting's agenda: anyone taking part proposes topics, the coordination accepts or defers them. */
public interface AgendaUseCase {

    /** Rule 10: any participant may propose a topic. */
    @Command(Permission.PROPOSE_AGENDA_ITEM)
    Meeting proposeItem(MeetingUseCase.Ref meeting, String title, String proposedBy);

    @Command(Permission.COORDINATE)
    Meeting acceptItem(MeetingUseCase.Ref meeting, int itemNumber);

    /** A deferred topic carries over to the body's next meeting. */
    @Command(Permission.COORDINATE)
    Meeting deferItem(MeetingUseCase.Ref meeting, int itemNumber);
}
