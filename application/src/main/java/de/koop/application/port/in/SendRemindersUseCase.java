package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import java.time.LocalDate;

/**
 * The reminder sweep: writes into the outbox every reminder due on a day that was not written
 * before. Run periodically by one instance at a time, and safe to run again: each occasion (a
 * deadline, seat, body or review and the day it is due) yields one message to each recipient only,
 * ever. It commits a round of subjects at a time (each round with its reminders and the days to look
 * again), so a failed sweep keeps the rounds before the failure and the next sweep goes on from there.
 */
public interface SendRemindersUseCase {

    /**
     * Reminds, in every network, of deadlines from their reminder day on and once when passed
     * unmet, of seats whose terms end, of bodies that must meet and have no meeting planned, and of
     * agreements whose review is due. Each reminder goes to the network's coordination and, where one
     * is responsible, to that party.
     *
     * @return how many reminders were written (occasions, each a message to each of its recipients)
     */
    @Command(Permission.ADMINISTER)
    int sweep(LocalDate today);
}
