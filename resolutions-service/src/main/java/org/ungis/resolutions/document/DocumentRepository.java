package org.ungis.resolutions.document;

import org.ungis.changeevents.resolutions.DocumentSymbolKey;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    public Optional<Document> findBySymbol(String symbol) {
        return find("symbolKey", DocumentSymbolKey.of(symbol)).firstResultOptional();
    }

    /** By id, or by symbol when {@code key} is not a UUID. */
    public Optional<Document> findByKey(String key) {
        try {
            return findByIdOptional(UUID.fromString(key.strip()));
        } catch (IllegalArgumentException notAnId) {
            return findBySymbol(key);
        }
    }

    /** Another document with the same issuing body, type and number. */
    public Optional<Document> findByBodyAndNumber(String issuingBody, DocumentType type, String number, UUID self) {
        return find("lower(issuingBody) = lower(?1) and documentType = ?2 and lower(number) = lower(?3) and id <> ?4",
                issuingBody.strip(), type, number.strip(), self).firstResultOptional();
    }
}
