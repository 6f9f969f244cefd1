package org.ungis.resolutions.mandate;

/** OPEN and DELIVERED are recorded; OVERDUE is an open mandate whose due date has passed. */
public enum MandateStatus {
    OPEN, DELIVERED, OVERDUE
}
