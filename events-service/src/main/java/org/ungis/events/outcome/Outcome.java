package org.ungis.events.outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.ungis.changeevents.events.EventState;
import org.ungis.changeevents.resolutions.DocumentSymbolKey;
import org.ungis.events.document.DocumentRef;
import org.ungis.events.event.Event;
import org.ungis.events.event.EventPart;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/** What an event produced or received; part of the event's aggregate, recorded through it. */
@Entity
@Table(name = "outcome")
public class Outcome extends EventPart {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OutcomeKind kind;

    /** As given; {@link #documentKey} is how it matches resolutions-service's symbols. */
    @Column(name = "document_symbol")
    String documentSymbol;

    @Column(name = "document_key")
    String documentKey;

    String summary;

    @ElementCollection
    @CollectionTable(name = "outcome_point", joinColumns = @JoinColumn(name = "outcome_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    List<String> points = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected Outcome() {
    }

    public Outcome(Event event, int position, OutcomeRequest request, Instant now) {
        super(event, position, request.title());
        String symbol = request.documentSymbol() == null || request.documentSymbol().isBlank() ? null
                : request.documentSymbol().strip();
        List<String> items = request.points() == null ? List.of() : request.points().stream().map(String::strip).toList();
        if (request.kind() == OutcomeKind.DOCUMENT && symbol == null) {
            throw ProblemException.unprocessable("document-symbol-required", "A document outcome names its UN symbol.",
                    List.of(new FieldError("documentSymbol", "must be given for a DOCUMENT")));
        }
        if (request.kind() == OutcomeKind.INPUT && symbol != null) {
            throw ProblemException.unprocessable("unexpected-document-symbol",
                    "An input is not a registered document; record the document as a DOCUMENT outcome.",
                    List.of(new FieldError("documentSymbol", "must be absent for an INPUT")));
        }
        if (request.kind() == OutcomeKind.INPUT && items.isEmpty()) {
            throw ProblemException.unprocessable("points-required", "An input lists at least one point.",
                    List.of(new FieldError("points", "must list at least one point for an INPUT")));
        }
        this.kind = request.kind();
        this.documentSymbol = symbol;
        this.documentKey = symbol == null ? null : DocumentSymbolKey.of(symbol);
        this.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
        this.points = new ArrayList<>(items);
        this.recordedAt = now;
    }

    /** The symbol's matching key, null for an input. */
    public String documentKey() {
        return documentKey;
    }

    public EventState.Outcome toState() {
        return new EventState.Outcome(id().toString(), kind.name(), title(), documentSymbol, summary, List.copyOf(points),
                recordedAt);
    }

    /** @param document the resolutions-service document its symbol names, null while not known here */
    public OutcomeView toView(DocumentRef document) {
        return new OutcomeView(id(), kind, title(), documentSymbol, document, summary, List.copyOf(points), recordedAt);
    }
}
