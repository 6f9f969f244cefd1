package org.ungis.resolutions.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event named as events-service names it: its series and edition. */
@Schema(name = "EventEdition", description = "An event by its series and edition, as events-service records them.")
public record EventEdition(
        @NotBlank @Size(max = 200) @Schema(example = "CSTD") String series,
        @NotBlank @Size(max = 60) @Schema(example = "29") String edition) {

    public EventEdition {
        series = series == null ? null : series.strip();
        edition = edition == null ? null : edition.strip();
    }
}
