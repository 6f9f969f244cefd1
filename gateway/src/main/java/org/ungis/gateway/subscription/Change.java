package org.ungis.gateway.subscription;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("Change")
@Description("A committed change of an aggregate, as published on its service's change topic (a CloudEvent).")
public record Change(
        @Description("The CloudEvent id; the same change is never announced under two ids.") String eventId,
        @Description("Past-tense event type, e.g. org.ungis.membership.organization.admitted.") String type,
        @Description("The changed aggregate's id (organization, event or document).") String aggregateId,
        @Description("The aggregate's version after the change; order changes of one aggregate by it.") long version,
        @Description("When the change was committed.") Instant time,
        @Description("The aggregate's full new state as published, JSON.") String state,
        @Description("The Kafka topic it came from.") String topic) {
}
