package org.ungis.gateway.subscription;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.ungis.changeevents.ChangeTopic;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live changes for dashboards (graphql-transport-ws or graphql-ws over WebSocket at /graphql). */
@GraphQLApi
public class ChangeSubscriptions {
    private final ChangeFeed feed;

    public ChangeSubscriptions(ChangeFeed feed) {
        this.feed = feed;
    }

    @Subscription
    @Description("Organizations created, renamed, admitted, withdrawn, and posts assigned or ended, as committed.")
    public Multi<Change> membershipChanges() {
        return feed.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS);
    }

    @Subscription
    @Description("Events scheduled, changed, rescheduled, cancelled, held, and outcomes recorded, as committed.")
    public Multi<Change> eventChanges() {
        return feed.of(ChangeTopic.EVENTS_EVENTS);
    }

    @Subscription
    @Description("Documents registered, published, revised, corrected or withdrawn, as committed.")
    public Multi<Change> documentChanges() {
        return feed.of(ChangeTopic.RESOLUTIONS_DOCUMENTS);
    }
}
