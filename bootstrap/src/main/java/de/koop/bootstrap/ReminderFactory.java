package de.koop.bootstrap;

import de.koop.application.port.in.SendRemindersUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.application.port.out.Transactions;
import de.koop.application.service.ReminderService;
import de.koop.application.unitofwork.UnitOfWork;
import de.koop.domain.notification.ReminderRules;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder sweep and, on a database, the lock that lets one instance at a time run it. */
@Factory
class ReminderFactory {

    @Singleton
    @Bean(typed = ReminderService.class)
    ReminderService reminderService(Networks networks, Partners partners, Agreements agreements,
                                    Bodies bodies, Meetings meetings,
                                    Obligations obligations, ReminderWakeups wakeups, Outbox outbox,
                                    MessageTemplates templates, Transactions tx, ReminderRules rules,
                                    Clock clock, UnitOfWork work) {
        return new ReminderService(networks, partners, agreements, bodies, meetings, obligations, wakeups,
                tx, outbox, templates, rules, clock, work);
    }

    /** The lead is checked at the start with every other setting ({@link SettingsCheck}). */
    @Singleton
    ReminderRules reminderRules(@Value("${koop.reminders.lead-days:30}") int leadDays) {
        return new ReminderRules(leadDays);
    }

    /** Not one transaction: the sweep commits a round at a time (its reminders are its record, not the audit trail). */
    @Singleton
    SendRemindersUseCase sendReminders(ReminderService service) {
        return service;
    }

    /**
     * ShedLock's row in {@code shedlock}, taken on the database's own clock so that instances whose
     * clocks drift apart still agree. It works on the pool itself: the lock is taken and released in
     * transactions of its own, outside the sweep's.
     */
    @Singleton
    @Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
    LockProvider sweepLocks(DataSource dataSource, DataSourceResolver resolver) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(resolver.resolve(dataSource)))
                .usingDbTime()
                .build());
    }
}
