package org.ungis.events.document;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.resolutions.DocumentState;
import org.ungis.platform.inbox.ChangeEventHandler;
import org.ungis.platform.inbox.ChangeEventPayload;
import org.ungis.platform.inbox.ReceivedChangeEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps {@link DocumentReplica} in step with resolutions-service's document events (every type
 * on the topic: each carries the document's whole state, and only id, symbol and title are kept).
 */
@ApplicationScoped
public class DocumentReplicaUpdater implements ChangeEventHandler {
    private final DocumentReplicaRepository replicas;
    private final ObjectMapper objectMapper;

    public DocumentReplicaUpdater(DocumentReplicaRepository replicas, ObjectMapper objectMapper) {
        this.replicas = replicas;
        this.objectMapper = objectMapper;
    }

    @Override
    public String consumerName() {
        return "events-service.document-replica";
    }

    @Override
    public Set<ChangeTopic> topics() {
        return Set.of(ChangeTopic.RESOLUTIONS_DOCUMENTS);
    }

    @Override
    public void apply(ReceivedChangeEvent event) {
        DocumentState state = ChangeEventPayload.read(objectMapper, event, DocumentState.class, Map.of(
                "title", DocumentState::title,
                "updatedAt", DocumentState::updatedAt));
        replicas.findByIdOptional(UUID.fromString(state.id())).ifPresentOrElse(
                replica -> replica.copy(state),
                () -> replicas.persist(new DocumentReplica(state)));
    }
}
