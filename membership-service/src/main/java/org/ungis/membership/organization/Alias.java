package org.ungis.membership.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Embeddable
@Schema(description = "A former acronym or name, or another name the organization is known by.")
public record Alias(
        @NotBlank @Size(max = 300) @Column(name = "value", nullable = false) @Schema(example = "UNWTO") String value,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) AliasKind kind) {
}
