package org.ungis.platform.readcache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.ungis.platform.transactions.AfterCommit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * A number that moves forward whenever a change to this service's data commits, here or in
 * another instance: the outbox advances it locally right after commit, so a writer's next read
 * already sees its change, and the outbox relay sends a PostgreSQL NOTIFY to every instance in
 * the transaction that marks the change published (a few milliseconds later; after a crash, when
 * the sweeper publishes it), so other instances are never staler than the change topic. A
 * transaction that changes what reads answer without an outbox event (a consumer applying
 * another service's change to a replica) calls {@link #announceWithCommit()}. While the
 * listening connection is down the number is unknown and {@link #generation()} answers -1:
 * nothing may be served from a cache then.
 */
@ApplicationScoped
public class CommittedChanges {
    public static final String CHANNEL = "ungis_changes";
    private static final Logger LOG = Logger.getLogger(CommittedChanges.class);
    /** Marks a transaction that announces its commit (the resource key of {@link AfterCommit}). */
    private static final Object ANNOUNCEMENT = new Object();

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread thread;

    public CommittedChanges(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "committed-changes-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** The current generation, or -1 while changes elsewhere could go unnoticed. */
    public long generation() {
        return listening ? generation.get() : -1;
    }

    /** A change committed in this instance. */
    public void advance() {
        generation.incrementAndGet();
    }

    /**
     * For the current transaction, which changes what reads answer without recording an outbox
     * event (a consumer updating its replica of another service's data): every instance hears
     * of the change with the commit, by a NOTIFY sent in this transaction, and this instance
     * advances right after the commit too, without waiting for its own notification. Once per
     * transaction, however often it is called. PostgreSQL serializes the commits of notifying
     * transactions, so this is for transactions that are few or batched (a consumer's poll),
     * not for every request's write.
     */
    public void announceWithCommit() {
        if (!AfterCommit.once(transactions, ANNOUNCEMENT, this::advance)) {
            return;
        }
        // the pool hands out the transaction's own connection: the NOTIFY commits or rolls back with it
        try (Connection connection = dataSource.getConnection();
                Statement notify = connection.createStatement()) {
            notify.execute("NOTIFY " + CHANNEL);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot announce the change: " + e.getMessage(), e);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                advance(); // whatever happened while nobody listened
                listening = true;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1_000);
                    if (notifications != null && notifications.length > 0) {
                        advance();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("not listening for committed changes (reads bypass caches): %s", e.toString());
                }
            } finally {
                listening = false;
            }
            sleepBeforeRetry();
        }
    }

    private void sleepBeforeRetry() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
