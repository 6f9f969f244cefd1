package org.ungis.resolutions.document;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DocumentVersionRepository implements PanacheRepositoryBase<DocumentVersion, UUID> {
}
