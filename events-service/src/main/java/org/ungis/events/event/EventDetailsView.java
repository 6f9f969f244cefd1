package org.ungis.events.event;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.events.outcome.OutcomeView;
import org.ungis.events.session.SessionView;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One event with what it contains: the event it is part of, its parts, sessions and outcomes. */
@Schema(name = "EventWithContents", description = "An event with its parent, parts, sessions and outcomes.")
public record EventDetailsView(
        @JsonUnwrapped EventView event,
        @Schema(description = "The event this one takes place during; absent for a top-level event.") EventRef parent,
        @Schema(description = "Events taking place during this one, by start date.") List<EventRef> parts,
        List<SessionView> sessions,
        List<OutcomeView> outcomes) {
}
