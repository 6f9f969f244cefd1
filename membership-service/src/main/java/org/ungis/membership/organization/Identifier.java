package org.ungis.membership.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Embeddable
@Schema(description = "An identifier of the organization in an external scheme.")
public record Identifier(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_-]*", message = "must be an upper-case scheme name")
        @Column(name = "scheme", nullable = false) @Schema(example = "IATI") String scheme,
        @NotBlank @Size(max = 200) @Column(name = "value", nullable = false) @Schema(example = "XM-DAC-41114") String value) {
}
