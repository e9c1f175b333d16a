package de.koop.application.port.out;

/**
 * Every store of an adapter that has them all, as koop's in-memory and JDBC adapters do: one object
 * that each contract can take. An adapter with fewer stores implements only the {@code Stores}
 * interfaces of the contracts it runs (for example {@link NetworksContract.Stores}).
 */
public interface StoresUnderTest extends NetworksContract.Stores, PartnersContract.Stores,
        AgreementsContract.Stores, DeclarationsContract.Stores, BodiesContract.Stores, MeetingsContract.Stores,
        ObligationsContract.Stores, RecordDatesContract.Stores, ReminderWakeupsContract.Stores,
        NetworkStampsContract.Stores, UsersContract.Stores, RefreshTokensContract.Stores, AuditTrailContract.Stores,
        OutboxContract.Stores, TransactionsContract.Stores {
}
