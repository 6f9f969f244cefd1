package org.ungis.resolutions.matrix;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatrixRowDetails", description = "A row of the matrix as the secretariat writes it.")
public record MatrixRowDetails(
        @NotBlank @Size(max = 40) @Schema(example = "GDC1", description = "The GDC objective or commitment.") String gdc,
        @Size(max = 50) @Schema(example = "[\"C2\", \"C7.e-health\"]") List<@NotBlank String> actionLines,
        @Size(max = 17) @Schema(example = "[\"SDG9\"]") List<@NotBlank String> sdgs,
        @Size(max = 100) @Schema(description = "Organizations carrying it: ids, or acronyms known from membership.")
        List<@NotBlank String> organizations,
        @Size(max = 50) @Schema(example = "[\"WSIS Forum\"]") List<@NotBlank @Size(max = 300) String> mechanisms,
        @Size(max = 4000) String description) {

    List<String> actionLinesOrEmpty() {
        return actionLines == null ? List.of() : actionLines;
    }

    List<String> sdgsOrEmpty() {
        return sdgs == null ? List.of() : sdgs;
    }

    List<String> organizationsOrEmpty() {
        return organizations == null ? List.of() : organizations;
    }

    List<String> mechanismsOrEmpty() {
        return mechanisms == null ? List.of() : mechanisms;
    }
}
