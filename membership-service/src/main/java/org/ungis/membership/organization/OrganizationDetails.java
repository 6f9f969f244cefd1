package org.ungis.membership.organization;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationDetails", description = "What the secretariat states about an organization. "
        + "On update, absent aliases or identifiers are left as they are.")
public record OrganizationDetails(
        @NotBlank @Size(max = 32) @Schema(example = "UNCTAD") String acronym,
        @NotBlank @Size(max = 300) @Schema(example = "United Nations Conference on Trade and Development") String name,
        @NotNull Classification classification,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://unctad.org") String website,
        @Size(max = 50) List<@Valid @NotNull Alias> aliases,
        @Size(max = 50) List<@Valid @NotNull Identifier> identifiers) {
}
