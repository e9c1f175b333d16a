package de.koop.application.port.out;

/**
 * What every contract asks of an adapter besides the stores it names: a way to start each test from
 * empty stores, and the transaction the stores join when a use case runs. Each contract's nested
 * {@code Stores} interface extends this one with the stores it uses, and no others.
 */
public interface StoreSet {

    /** Removes everything from every store of the set, so that each test starts from empty stores. */
    void emptyAll();

    /**
     * The transaction a use case runs in on this adapter: what the stores write in the work is kept when
     * the work returns and undone when it throws. A store that writes on its own, outside this
     * transaction, fails the contracts.
     */
    Transactions transactions();
}
