package org.ungis.platform.inbox;

/** An event that can never be applied, whatever the retries; it is dead-lettered with this reason. */
public class RejectedChangeEventException extends RuntimeException {
    public RejectedChangeEventException(String reason) {
        super(reason);
    }

    public RejectedChangeEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
