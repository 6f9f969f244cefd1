package org.ungis.changeevents;

/**
 * Every change-event type of the platform, in the past tense, with the topic it travels on.
 * The CloudEvents {@code type} attribute is {@link #type()}.
 */
public enum ChangeEventType {
    ORGANIZATION_CREATED(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, "org.ungis.membership.organization.created"),

    DOCUMENT_CREATED(ChangeTopic.RESOLUTIONS_DOCUMENTS, "org.ungis.resolutions.document.created"),

    EVENT_SCHEDULED(ChangeTopic.EVENTS_EVENTS, "org.ungis.events.event.scheduled");

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
