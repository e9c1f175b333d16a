package de.koop.application.port.out;

/** The stores of one adapter, as the contract tests need them. */
public interface StoresUnderTest {

    Networks networks();

    Partners partners();

    Agreements agreements();

    Declarations declarations();

    Bodies bodies();

    Meetings meetings();

    Obligations obligations();

    Outbox outbox();

    RecordDates recordDates();

    ReminderWakeups reminderWakeups();

    NetworkStamps networkStamps();

    Users users();

    RefreshTokens refreshTokens();

    AuditTrail auditTrail();

    /** Removes everything, so that each test starts from an empty store. */
    void emptyAll();
}
