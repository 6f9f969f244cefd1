package org.ungis.resolutions.mandate;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.resolutions.event.EventEdition;

@Schema(name = "MandateDetails", description = "What is asked, of whom, by when; and whether it was delivered.")
public record MandateDetails(
        @NotBlank @Size(max = 300) @Schema(example = "UNGIS") String taskedBody,
        @NotBlank @Size(max = 2000) @Schema(example = "joint implementation road map") String deliverable,
        @Schema(description = "Due date, when the paragraph gives one.") LocalDate dueOn,
        @Size(max = 500) @Schema(example = "twenty-ninth session of the Commission on Science and Technology for Development",
                description = "The event it is due by, in the paragraph's words, when it names one.") String dueEvent,
        @Valid @Schema(description = "That event by series and edition, to link it to events-service's record of it.")
        EventEdition dueEventEdition,
        @Schema(description = "OPEN or DELIVERED (OVERDUE is derived, not set); unchanged when absent.") MandateStatus status,
        @Schema(description = "When it was delivered; only with status DELIVERED.") LocalDate deliveredOn) {
}
