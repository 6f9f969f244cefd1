package org.ungis.changeevents;

/**
 * The Kafka topics on which each service publishes the change events of the aggregates it owns.
 * Records are keyed by aggregate id, so one aggregate's events stay in order on one partition.
 */
public enum ChangeTopic {
    MEMBERSHIP_ORGANIZATIONS("ungis.membership.organizations", "/ungis/membership-service"),
    RESOLUTIONS_DOCUMENTS("ungis.resolutions.documents", "/ungis/resolutions-service"),
    RESOLUTIONS_MANDATES("ungis.resolutions.mandates", "/ungis/resolutions-service"),
    RESOLUTIONS_MATRIX("ungis.resolutions.matrix", "/ungis/resolutions-service"),
    EVENTS_EVENTS("ungis.events.events", "/ungis/events-service");

    private final String topicName;
    private final String source;

    ChangeTopic(String topicName, String source) {
        this.topicName = topicName;
        this.source = source;
    }

    /** The Kafka topic name. */
    public String topicName() {
        return topicName;
    }

    /** The CloudEvents {@code source} attribute of every event on this topic. */
    public String source() {
        return source;
    }

    /** Where a consumer parks a record it cannot apply, with the reason in its headers. */
    public String deadLetterTopicName() {
        return topicName + ".dlt";
    }

    public static ChangeTopic ofTopicName(String topicName) {
        for (ChangeTopic topic : values()) {
            if (topic.topicName.equals(topicName)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("not a change topic: " + topicName);
    }
}
