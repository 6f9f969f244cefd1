package org.ungis.changeevents;

/**
 * Every change-event type of the platform, in the past tense, with the topic it travels on.
 * The CloudEvents {@code type} attribute is {@link #type()}.
 */
public enum ChangeEventType {
    ORGANIZATION_CREATED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.organization.created"),
    /** Acronym or name changed; the former ones became aliases. */
    ORGANIZATION_RENAMED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.organization.renamed"),
    /** Classification, website, aliases or identifiers changed. */
    ORGANIZATION_UPDATED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.organization.updated"),
    ORGANIZATION_ADMITTED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.organization.admitted"),
    ORGANIZATION_STATUS_CHANGED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS,
            "org.ungis.membership.organization.status_changed"),
    ORGANIZATION_WITHDRAWN(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.organization.withdrawn"),
    /** A post was assigned to the organization (the event's subject is the holder). */
    POST_ASSIGNED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.post.assigned"),
    POST_ENDED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.post.ended"),

    DOCUMENT_CREATED(ChangeTopic.RESOLUTIONS_DOCUMENTS, "org.ungis.resolutions.document.created"),
    /** Its first text version was added. */
    DOCUMENT_PUBLISHED(ChangeTopic.RESOLUTIONS_DOCUMENTS, "org.ungis.resolutions.document.published"),
    /** A further text version (a revision) was added; it is now the latest. */
    DOCUMENT_REVISED(ChangeTopic.RESOLUTIONS_DOCUMENTS, "org.ungis.resolutions.document.revised"),
    /** Symbol, title, body, number, session or dates changed. */
    DOCUMENT_UPDATED(ChangeTopic.RESOLUTIONS_DOCUMENTS, "org.ungis.resolutions.document.updated"),
    DOCUMENT_WITHDRAWN(ChangeTopic.RESOLUTIONS_DOCUMENTS, "org.ungis.resolutions.document.withdrawn"),
    MANDATE_CREATED(ChangeTopic.RESOLUTIONS_MANDATES, "org.ungis.resolutions.mandate.created"),
    /** Deliverable, due date or event, or status changed. */
    MANDATE_UPDATED(ChangeTopic.RESOLUTIONS_MANDATES, "org.ungis.resolutions.mandate.updated"),
    /** A row of the WSIS-SDG-GDC matrix was added or changed. */
    MATRIX_ROW_CHANGED(ChangeTopic.RESOLUTIONS_MATRIX, "org.ungis.resolutions.matrix_row.changed"),

    EVENT_SCHEDULED(ChangeTopic.EVENTS_EVENTS, "org.ungis.events.event.scheduled"),
    /** Title, kind, series, place, organizers, participants, parent or sessions changed, or it was confirmed. */
    EVENT_UPDATED(ChangeTopic.EVENTS_EVENTS, "org.ungis.events.event.updated"),
    /** Its dates (or their precision) changed. */
    EVENT_RESCHEDULED(ChangeTopic.EVENTS_EVENTS, "org.ungis.events.event.rescheduled"),
    EVENT_CANCELLED(ChangeTopic.EVENTS_EVENTS, "org.ungis.events.event.cancelled"),
    EVENT_HELD(ChangeTopic.EVENTS_EVENTS, "org.ungis.events.event.held"),
    /** A document or an input was recorded as an outcome of the event. */
    EVENT_OUTCOME_RECORDED(ChangeTopic.EVENTS_EVENTS, "org.ungis.events.event.outcome_recorded");

    private final ChangeTopic topic;
    private final String type;

    ChangeEventType(ChangeTopic topic, String type) {
        this.topic = topic;
        this.type = type;
    }

    public ChangeTopic topic() {
        return topic;
    }

    public String type() {
        return type;
    }

    public static ChangeEventType ofType(String type) {
        for (ChangeEventType candidate : values()) {
            if (candidate.type.equals(type)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown change-event type: " + type);
    }
}
