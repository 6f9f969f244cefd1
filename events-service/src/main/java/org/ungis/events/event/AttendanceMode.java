package org.ungis.events.event;

/** How people take part in an event. */
public enum AttendanceMode {
    IN_PERSON, ONLINE, HYBRID
}
