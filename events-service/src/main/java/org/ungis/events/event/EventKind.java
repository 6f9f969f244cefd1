package org.ungis.events.event;

/** The kinds of meeting and forum the platform tracks. */
public enum EventKind {
    UNGIS_MEETING,
    IGF,
    WSIS_FORUM,
    WSIS_HIGH_LEVEL_EVENT,
    CSTD_SESSION,
    ECOSOC_SESSION,
    COUNCIL_WORKING_GROUP_MEETING,
    HIGH_LEVEL_POLITICAL_FORUM,
    ANNIVERSARY,
    OTHER
}
