package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.AuditTrail;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.port.out.RecordDates;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.application.port.out.RefreshTokens;
import de.koop.application.port.out.Users;
import de.koop.application.port.out.StoresUnderTest;
import de.koop.application.port.out.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

/** The JDBC stores under test, and a way to empty their tables between tests. */
@Singleton
class JdbcStores implements StoresUnderTest {

    /** Every table, children before parents. */
    static final List<String> TABLES = List.of("network_stamp", "reminder_wakeup", "audit_entry", "refresh_token", "app_user", "record_dates", "outbox", "obligation_fulfilment", "obligation", "meeting_decision",
            "meeting_agenda_item", "meeting_invitee", "meeting", "body_seat", "body", "declaration",
            "agreement_review", "agreement_consent", "agreement_version", "agreement_annex", "agreement_party",
            "agreement", "partner_contact", "partner", "network");

    private final JdbcNetworks networks;
    private final JdbcPartners partners;
    private final JdbcAgreements agreements;
    private final JdbcDeclarations declarations;
    private final JdbcBodies bodies;
    private final JdbcMeetings meetings;
    private final JdbcObligations obligations;
    private final JdbcOutbox outbox;
    private final JdbcRecordDates recordDates;
    private final JdbcReminderWakeups reminderWakeups;
    private final JdbcNetworkStamps networkStamps;
    private final JdbcUsers users;
    private final JdbcRefreshTokens refreshTokens;
    private final JdbcAuditTrail auditTrail;
    private final TransactionOperations<Connection> transactions;

    JdbcStores(JdbcNetworks networks, JdbcPartners partners, JdbcAgreements agreements,
               JdbcDeclarations declarations, JdbcBodies bodies, JdbcMeetings meetings,
               JdbcObligations obligations, JdbcOutbox outbox, JdbcRecordDates recordDates,
               JdbcReminderWakeups reminderWakeups, JdbcNetworkStamps networkStamps,
               JdbcUsers users, JdbcRefreshTokens refreshTokens, JdbcAuditTrail auditTrail,
               TransactionOperations<Connection> transactions) {
        this.networks = networks;
        this.partners = partners;
        this.agreements = agreements;
        this.declarations = declarations;
        this.bodies = bodies;
        this.meetings = meetings;
        this.obligations = obligations;
        this.outbox = outbox;
        this.recordDates = recordDates;
        this.reminderWakeups = reminderWakeups;
        this.networkStamps = networkStamps;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.auditTrail = auditTrail;
        this.transactions = transactions;
    }

    /** A write transaction as bootstrap runs each use case in, which the stores' own {@code @Transactional} joins. */
    @Override
    public Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return transactions.executeWrite(status -> work.get());
            }
        };
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public Users users() {
        return users;
    }

    @Override
    public RefreshTokens refreshTokens() {
        return refreshTokens;
    }

    @Override
    public NetworkStamps networkStamps() {
        return networkStamps;
    }

    @Override
    public ReminderWakeups reminderWakeups() {
        return reminderWakeups;
    }

    @Override
    public RecordDates recordDates() {
        return recordDates;
    }

    @Override
    public Networks networks() {
        return networks;
    }

    @Override
    public Partners partners() {
        return partners;
    }

    @Override
    public Agreements agreements() {
        return agreements;
    }

    @Override
    public Declarations declarations() {
        return declarations;
    }

    @Override
    public Bodies bodies() {
        return bodies;
    }

    @Override
    public Meetings meetings() {
        return meetings;
    }

    @Override
    public Obligations obligations() {
        return obligations;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    /** Deletes every row, children first. */
    @Override
    public void emptyAll() {
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                for (String table : TABLES) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
