package org.ungis.events.document;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Documents by symbol key, from the replica. A symbol resolutions-service has not announced yet
 * has no entry; the outcome keeps its symbol and links as soon as the document appears.
 */
@ApplicationScoped
public class DocumentDirectory {
    private final DocumentReplicaRepository replicas;

    public DocumentDirectory(DocumentReplicaRepository replicas) {
        this.replicas = replicas;
    }

    public Map<String, DocumentRef> bySymbolKey(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return replicas.list("symbolKey in ?1 order by updatedAt", Set.copyOf(keys)).stream()
                .collect(Collectors.toMap(DocumentReplica::symbolKey, DocumentReplica::toRef, (older, newer) -> newer));
    }

}
