package org.ungis.events.event;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.platform.dates.DatePrecision;

/** Another event, briefly: the one this takes place during, or one taking place during this. */
@Schema(name = "EventRef", description = "An event in brief.")
public record EventRef(UUID id, String title, EventKind kind, LocalDate startDate, LocalDate endDate,
        DatePrecision datePrecision, EventStatus status) {
}
