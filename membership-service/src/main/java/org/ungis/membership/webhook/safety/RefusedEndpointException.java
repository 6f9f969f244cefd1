package org.ungis.membership.webhook.safety;

/** An endpoint URL that may not be registered, or an address the sender may not connect to. */
public class RefusedEndpointException extends RuntimeException {
    public RefusedEndpointException(String message) {
        super(message);
    }
}
