package org.ungis.resolutions.document;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document's details, as the secretariat registers or corrects them. */
@Schema(name = "DocumentDetails", description = "A document to register, or its corrected details. At least one of "
        + "symbol, number or title is needed.")
public record DocumentDetails(
        @Size(max = 120) @Schema(example = "E/RES/2024/13", description = "UN document symbol, when it has one.")
        String symbol,
        @Size(max = 1000) String title,
        @NotBlank @Size(max = 200) @Schema(example = "ECOSOC") String issuingBody,
        @NotNull DocumentType documentType,
        @Schema(description = "Date adopted (or issued, for a report).") LocalDate adoptedOn,
        @Size(max = 60) @Schema(example = "140", description = "The issuing body's own number, for documents "
                + "without a UN symbol (ITU PP Resolution 140).") String number,
        @Size(max = 300) @Schema(example = "twenty-eighth session") String session) {

    boolean identified() {
        return present(symbol) || present(number) || present(title);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
