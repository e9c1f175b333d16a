package de.koop.adapter.persistence.inmemory;

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

/** Fresh in-memory stores for the contract tests. */
final class InMemoryStores implements StoresUnderTest {

    private final InMemoryNetworks networks = new InMemoryNetworks();
    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryAgreements agreements = new InMemoryAgreements();
    private final InMemoryDeclarations declarations = new InMemoryDeclarations();
    private final InMemoryBodies bodies = new InMemoryBodies();
    private final InMemoryMeetings meetings = new InMemoryMeetings();
    private final InMemoryObligations obligations = new InMemoryObligations();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryRecordDates recordDates = new InMemoryRecordDates();
    private final InMemoryReminderWakeups reminderWakeups = new InMemoryReminderWakeups();
    private final InMemoryNetworkStamps networkStamps = new InMemoryNetworkStamps();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    public Transactions transactions() {
        return transactions;
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

    @Override
    public void emptyAll() {
        outbox.clear();
        recordDates.clear();
        reminderWakeups.clear();
        networkStamps.clear();
        users.clear();
        refreshTokens.clear();
        auditTrail.clear();
        obligations.clear();
        bodies.clear();
        meetings.clear();
        networks.clear();
        partners.clear();
        agreements.clear();
        declarations.clear();
    }
}
