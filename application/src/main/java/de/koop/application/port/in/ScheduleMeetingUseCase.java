package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.governance.Meeting;

/** Schedules a meeting of a body, the first step of running it ({@link MeetingUseCase}). */
public interface ScheduleMeetingUseCase {

    /** @throws NotFoundException when the body does not exist in that network */
    @Command(Permission.COORDINATE)
    Meeting schedule(MeetingUseCase.Schedule command);
}
