package org.ungis.events.organization;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        applyAll(List.of(event));
    }

    /** One query for the replicas already there; the new ones are inserted together when the transaction flushes. */
    @Override
    public void applyAll(List<ReceivedChangeEvent> events) {
        List<OrganizationState> states = events.stream().map(this::read).toList();
        Map<UUID, OrganizationReplica> known = replicas
                .list("id in ?1", states.stream().map(state -> UUID.fromString(state.id())).toList()).stream()
                .collect(Collectors.toMap(OrganizationReplica::id, Function.identity()));
        for (OrganizationState state : states) {
            OrganizationReplica replica = known.get(UUID.fromString(state.id()));
            if (replica == null) {
                replicas.persist(new OrganizationReplica(state));
            } else {
                replica.copy(state);
            }
        }
    }

    private OrganizationState read(ReceivedChangeEvent event) {
        return ChangeEventPayload.read(objectMapper, event, OrganizationState.class, Map.of(
                "acronym", OrganizationState::acronym,
                "name", OrganizationState::name,
                "updatedAt", OrganizationState::updatedAt));
    }
}
