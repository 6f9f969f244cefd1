package org.ungis.membership.participation;

/** The capacity in which an organization takes part in UNGIS. */
public enum ParticipationStatus {
    MEMBER, OBSERVER
}
