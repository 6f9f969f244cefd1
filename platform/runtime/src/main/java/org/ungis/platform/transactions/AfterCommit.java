package org.ungis.platform.transactions;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work for after the current transaction commits (nothing if it rolls back), registered once per
 * transaction and key.
 */
public final class AfterCommit {
    private AfterCommit() {
    }

    /**
     * Runs {@code action} after the current transaction commits, unless an action was registered
     * under {@code key} in this transaction before.
     *
     * @return whether this call registered it (the first for {@code key} in this transaction)
     */
    public static boolean once(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return false;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
        return true;
    }
}
