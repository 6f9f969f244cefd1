package org.ungis.events.outcome;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An outcome to record. A DOCUMENT names its UN symbol (linked to resolutions-service's document
 * once that is known here); an INPUT lists its points in order.
 */
@Schema(name = "OutcomeRequest", description = "A document (by symbol) or an input (with itemized points).")
public record OutcomeRequest(
        @NotNull OutcomeKind kind,
        @NotBlank @Size(max = 500) @Schema(example = "UNGIS joint input to the WSIS+20 Elements Paper") String title,
        @Size(max = 200) @Schema(example = "E/2025/31–E/CN.16/2025/4") String documentSymbol,
        @Size(max = 4000) String summary,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> points) {
}
