package org.ungis.events.event;

public enum EventStatus {
    PLANNED, CONFIRMED, HELD, CANCELLED
}
