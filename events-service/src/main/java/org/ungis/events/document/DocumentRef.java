package org.ungis.events.document;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resolutions-service document an outcome is linked to. */
@Schema(name = "DocumentRef", description = "The resolutions-service document an outcome's symbol names.")
public record DocumentRef(
        UUID id,
        @Schema(example = "E/2025/31–E/CN.16/2025/4") String symbol,
        String title) {
}
