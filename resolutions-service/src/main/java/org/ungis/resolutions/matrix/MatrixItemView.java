package org.ungis.resolutions.matrix;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatrixItem", description = "An action line, SDG, GDC objective or GDC commitment.")
public record MatrixItemView(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9.-]+") @Schema(example = "C7.e-health") String code,
        @NotNull MatrixAxis axis,
        @Size(max = 500) @Schema(example = "E-health") String title,
        @Size(max = 40) @Schema(example = "C7", description = "The action line of a sub-line, the objective of a commitment.")
        String parent) {
}
