package org.ungis.resolutions.document;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    public Optional<Document> findBySymbol(String symbol) {
        return find("symbolKey", DocumentSymbol.key(symbol)).firstResultOptional();
    }

    /** By id, or by symbol when {@code key} is not a UUID. */
    public Optional<Document> findByIdOrSymbol(String key) {
        try {
            return findByIdOptional(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return findBySymbol(key);
        }
    }
}
