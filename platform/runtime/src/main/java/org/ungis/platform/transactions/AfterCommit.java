package org.ungis.platform.transactions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

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
        register(transactions, action);
        return true;
    }

    /**
     * Gathers {@code items} under {@code key} for the current transaction and hands all that were
     * gathered, in order, to {@code action} once after it commits (nothing if it rolls back).
     */
    public static <T> void collect(TransactionSynchronizationRegistry transactions, Object key, Collection<T> items,
            Consumer<List<T>> action) {
        if (items.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<T> gathered = (List<T>) transactions.getResource(key);
        if (gathered == null) {
            List<T> fresh = new ArrayList<>();
            transactions.putResource(key, fresh);
            register(transactions, () -> action.accept(fresh));
            gathered = fresh;
        }
        gathered.addAll(items);
    }

    private static void register(TransactionSynchronizationRegistry transactions, Runnable action) {
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
    }
}
