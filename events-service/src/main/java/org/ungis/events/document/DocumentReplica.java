package org.ungis.events.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ungis.changeevents.resolutions.DocumentState;
import org.ungis.changeevents.resolutions.DocumentSymbolKey;

/**
 * A document as resolutions-service last announced it: enough to link an outcome by symbol and
 * show the document's title. Written only from resolutions-service's change events.
 */
@Entity
@Table(name = "document_replica")
public class DocumentReplica {
    @Id
    UUID id;

    String symbol;

    @Column(name = "symbol_key")
    String symbolKey;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected DocumentReplica() {
    }

    DocumentReplica(DocumentState state) {
        this.id = UUID.fromString(state.id());
        copy(state);
    }

    void copy(DocumentState state) {
        this.symbol = state.symbol();
        this.symbolKey = state.symbol() == null || state.symbol().isBlank() ? null : DocumentSymbolKey.of(state.symbol());
        this.title = state.title();
        this.version = state.version();
        this.updatedAt = state.updatedAt();
    }

    DocumentRef toRef() {
        return new DocumentRef(id, symbol, title);
    }

    String symbolKey() {
        return symbolKey;
    }
}
