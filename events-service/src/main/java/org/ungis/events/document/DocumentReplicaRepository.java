package org.ungis.events.document;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DocumentReplicaRepository implements PanacheRepositoryBase<DocumentReplica, UUID> {
}
