package org.ungis.events.organization;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.membership.OrganizationState;
import org.ungis.platform.inbox.ChangeEventHandler;
import org.ungis.platform.inbox.ChangeEventPayload;
import org.ungis.platform.inbox.ReceivedChangeEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps {@link OrganizationReplica} in step with membership-service's organization events. */
@ApplicationScoped
public class OrganizationReplicaUpdater implements ChangeEventHandler {
    private final OrganizationReplicaRepository replicas;
    private final ObjectMapper objectMapper;

    public OrganizationReplicaUpdater(OrganizationReplicaRepository replicas, ObjectMapper objectMapper) {
        this.replicas = replicas;
        this.objectMapper = objectMapper;
    }

    @Override
    public String consumerName() {
        return "events-service.organization-replica";
    }

    @Override
    public Set<ChangeTopic> topics() {
        return Set.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS);
    }

    @Override
    public void apply(ReceivedChangeEvent event) {
        OrganizationState state = read(event);
        replicas.findByIdOptional(UUID.fromString(state.id())).ifPresentOrElse(
                replica -> replica.copy(state),
                () -> replicas.persist(new OrganizationReplica(state)));
    }

    private OrganizationState read(ReceivedChangeEvent event) {
        return ChangeEventPayload.read(objectMapper, event, OrganizationState.class, Map.of(
                "acronym", OrganizationState::acronym,
                "name", OrganizationState::name,
                "updatedAt", OrganizationState::updatedAt));
    }
}
