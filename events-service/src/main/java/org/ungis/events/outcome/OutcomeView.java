package org.ungis.events.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.events.document.DocumentRef;

@Schema(name = "Outcome", description = "What an event produced or received.")
public record OutcomeView(
        UUID id,
        OutcomeKind kind,
        String title,
        @Schema(description = "As recorded; for a DOCUMENT.", example = "E/2025/31–E/CN.16/2025/4") String documentSymbol,
        @Schema(description = "The resolutions-service document the symbol names; absent until that document is known here.")
        DocumentRef document,
        String summary,
        @Schema(description = "An input's points, in order.") List<String> points,
        Instant recordedAt) {
}
