package org.ungis.membership.webhook.subscription;

/** Whether deliveries to a subscription's endpoint go out. */
public enum SubscriptionStatus {
    ACTIVE,
    /** Paused by its owner; deliveries wait and go out on resume. */
    PAUSED,
    /** Stopped by the platform (410 Gone, or failing for too long); the reason says which. Resume re-enables. */
    DISABLED
}
