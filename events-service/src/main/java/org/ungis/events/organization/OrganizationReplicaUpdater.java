package org.ungis.events.organization;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.membership.OrganizationState;
import org.ungis.platform.inbox.ChangeEventHandler;
import org.ungis.platform.inbox.ReceivedChangeEvent;
import org.ungis.platform.inbox.RejectedChangeEventException;

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
        try {
            OrganizationState state = objectMapper.readValue(event.data(), OrganizationState.class);
            if (state.id() == null || state.acronym() == null || state.name() == null || state.updatedAt() == null) {
                throw new RejectedChangeEventException("organization state lacks id, acronym, name or updatedAt");
            }
            if (!state.id().equals(event.subject())) {
                throw new RejectedChangeEventException("payload id " + state.id() + " is not the subject " + event.subject());
            }
            UUID.fromString(state.id());
            return state;
        } catch (IOException | IllegalArgumentException e) {
            throw new RejectedChangeEventException("not an organization state: " + e.getMessage(), e);
        }
    }
}
