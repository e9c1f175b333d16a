package de.koop.bootstrap;

import de.koop.application.port.out.AuditTrail;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.port.out.RecordDates;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.application.unitofwork.AuditHandler;
import de.koop.application.unitofwork.NetworkStampHandler;
import de.koop.application.unitofwork.RecordDateHandler;
import de.koop.application.unitofwork.ReminderWakeupHandler;
import de.koop.application.unitofwork.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The application's unit of work with the handlers of every change's effects, on the configured stores. */
@Factory
class UnitOfWorkFactory {

    /** The audit trail says when a change was made on the real clock (UTC), whatever the configured clock. */
    @Singleton
    UnitOfWork unitOfWork(NetworkStamps stamps, RecordDates dates, ReminderWakeups wakeups, AuditTrail trail,
                          Clock clock) {
        return new UnitOfWork(List.of(new NetworkStampHandler(stamps), new RecordDateHandler(dates, clock),
                new ReminderWakeupHandler(wakeups), new AuditHandler(trail, Clock.systemUTC())));
    }
}
