package org.ungis.platform.sql;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Tells a database that cannot be reached right now from a statement that failed on its merits. */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /**
     * True when no connection could be had or it broke: the pool's wait ran out (Agroal says so
     * only in its message, with no SQL state), a transient or recoverable driver error, a
     * connection failure (class 08), or the server shutting down or starting up (class 57P). The
     * work never ran or was rolled back, so trying it again later is safe.
     */
    public static boolean unavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null ? sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")
                        : state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
