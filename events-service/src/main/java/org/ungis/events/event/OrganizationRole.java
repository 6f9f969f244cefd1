package org.ungis.events.event;

/** What an organization does at an event or session. */
public enum OrganizationRole {
    ORGANIZER, PARTICIPANT
}
