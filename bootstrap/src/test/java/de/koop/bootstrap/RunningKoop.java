package de.koop.bootstrap;

import de.koop.adapter.persistence.inmemory.InMemoryAgreements;
import de.koop.adapter.persistence.inmemory.InMemoryBodies;
import de.koop.adapter.persistence.inmemory.InMemoryDeclarations;
import de.koop.adapter.persistence.inmemory.InMemoryMeetings;
import de.koop.adapter.persistence.inmemory.InMemoryNetworks;
import de.koop.adapter.persistence.inmemory.InMemoryObligations;
import de.koop.adapter.persistence.inmemory.InMemoryOutbox;
import de.koop.adapter.persistence.inmemory.InMemoryPartners;
import de.koop.adapter.persistence.inmemory.InMemoryAuditTrail;
import de.koop.adapter.persistence.inmemory.InMemoryRecordDates;
import de.koop.adapter.persistence.inmemory.InMemoryNetworkStamps;
import de.koop.adapter.persistence.inmemory.InMemoryReminderWakeups;
import de.koop.application.change.CheckedWrites;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.AuditTrail;
import de.koop.application.port.out.RecordDates;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.port.out.ReminderWakeups;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts the whole application as {@code main} would, on a free port, with the given settings. */
final class RunningKoop implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Testkennwort-fuer-koop";

    private final EmbeddedServer server;

    private RunningKoop(EmbeddedServer server) {
        this.server = server;
    }

    static RunningKoop start(Map<String, Object> settings, String... environments) {
        Map<String, Object> properties = new HashMap<>(settings);
        // generous sign-in limits, except where a test is about them
        properties.putIfAbsent("koop.security.sign-in.attempts-per-account-and-address", 10_000);
        properties.putIfAbsent("koop.security.sign-in.attempts-per-address", 10_000);
        properties.putIfAbsent("koop.security.sign-in.attempts-per-account", 10_000);
        return withShippedSignInLimits(properties, environments);
    }

    /** As {@link #start}, but with the sign-in limits as shipped wherever the settings name none. */
    static RunningKoop withShippedSignInLimits(Map<String, Object> settings, String... environments) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        // a sweep at its own time would add reminders to what a scenario counts; those that test it turn it on
        properties.putIfAbsent("koop.reminders.enabled", false);
        properties.putIfAbsent("koop.security.admin.username", ADMIN);
        properties.putIfAbsent("koop.security.admin.password", ADMIN_PASSWORD);
        // fast hashes
        properties.putIfAbsent("koop.security.bcrypt-cost", 4);
        return new RunningKoop(ApplicationContext.run(EmbeddedServer.class, properties, environments));
    }

    /** The in-memory stores. */
    static RunningKoop inMemory() {
        return inMemory(Map.of());
    }

    static RunningKoop inMemory(Map<String, Object> settings) {
        return start(settings, "inmemory");
    }

    /** The MariaDB that .ci/run prepares (see the koop.test.db.* properties of the parent POM). */
    static RunningKoop onMariaDb() {
        return onMariaDb(Map.of());
    }

    static RunningKoop onMariaDb(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.putAll(mariaDb());
        return start(properties);
    }

    /** The settings that point koop at the test MariaDB. */
    static Map<String, Object> mariaDb() {
        return Map.of("datasources.default.url", System.getProperty("koop.test.db.url"),
                "datasources.default.username", System.getProperty("koop.test.db.user"),
                "datasources.default.password", System.getProperty("koop.test.db.password"));
    }

    /**
     * koop as it ships: application.yml and the given settings only, on a free port, without the
     * conveniences of {@link #start} (no administrator, real sign-in limits and hashes, the reminder sweep on).
     */
    static RunningKoop asShipped(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        return new RunningKoop(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    /**
     * Settings that send the outbox to an SMTP server on this machine, polling often and retrying
     * soon, so that tests need not wait long.
     */
    static Map<String, Object> sendingTo(int smtpPort, int maxAttempts) {
        return Map.of("koop.mail.sender", "smtp",
                "javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", smtpPort,
                "koop.outbox.poll-interval", "100ms",
                "koop.outbox.first-retry-delay", "1s",
                "koop.outbox.max-attempts", maxAttempts);
    }

    /** Empties the test MariaDB database, so that what earlier tests left does not reach this test's server. */
    static void emptyMariaDb() {
        try (RunningKoop withoutSmtp = onMariaDb()) {
            withoutSmtp.emptyStore();
        }
    }

    /** Waits, for instance for a few more polls in which nothing more may happen. */
    static void pause(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** An embedded H2 database in a file, as the default start uses. */
    static RunningKoop onH2File(String file) {
        return start(Map.of(
                "datasources.default.url", "jdbc:h2:file:" + file + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE"));
    }

    /** The API as the first administrator. */
    Api api() {
        return anonymousApi().signedInAs(ADMIN, ADMIN_PASSWORD);
    }

    /** The API without signing in. */
    Api anonymousApi() {
        return new Api(server.getURI());
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    /** Empties the store, whichever it is. */
    void emptyStore() {
        Object networks = CheckedWrites.unwrap(context().getBean(Networks.class));
        if (networks instanceof InMemoryNetworks memory) {
            memory.clear();
            ((InMemoryPartners) CheckedWrites.unwrap(context().getBean(Partners.class))).clear();
            ((InMemoryAgreements) CheckedWrites.unwrap(context().getBean(Agreements.class))).clear();
            ((InMemoryDeclarations) CheckedWrites.unwrap(context().getBean(Declarations.class))).clear();
            ((InMemoryBodies) CheckedWrites.unwrap(context().getBean(Bodies.class))).clear();
            ((InMemoryMeetings) CheckedWrites.unwrap(context().getBean(Meetings.class))).clear();
            ((InMemoryRecordDates) context().getBean(RecordDates.class)).clear();
            ((InMemoryAuditTrail) context().getBean(AuditTrail.class)).clear();
            ((InMemoryObligations) CheckedWrites.unwrap(context().getBean(Obligations.class))).clear();
            ((InMemoryReminderWakeups) context().getBean(ReminderWakeups.class)).clear();
            ((InMemoryNetworkStamps) context().getBean(NetworkStamps.class)).clear();
            ((InMemoryOutbox) CheckedWrites.unwrap(context().getBean(Outbox.class))).clear();
            return;
        }
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context().getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                for (String table : List.of("network_stamp", "reminder_wakeup", "audit_entry", "record_dates", "shedlock", "outbox", "obligation_fulfilment", "obligation", "meeting_decision", "meeting_agenda_item", "meeting_invitee", "meeting",
                        "body_seat", "body", "declaration", "agreement_review", "agreement_consent",
                        "agreement_version", "agreement_annex", "agreement_party", "agreement", "partner_contact",
                        "partner", "network")) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Override
    public void close() {
        server.close();
    }
}
