package org.ungis.events.seed;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ungis.events.event.EventDetails;
import org.ungis.events.event.EventDetailsView;
import org.ungis.events.event.EventKind;
import org.ungis.events.event.EventRepository;
import org.ungis.events.event.EventService;
import org.ungis.events.event.EventStatus;
import org.ungis.events.event.Location;
import org.ungis.events.event.OrganizationRole;
import org.ungis.events.outcome.OutcomeRequest;
import org.ungis.events.outcome.OutcomeService;
import org.ungis.events.session.SessionRequest;
import org.ungis.events.session.SessionService;
import org.ungis.platform.dates.DatePrecision;
import org.ungis.platform.seed.Seeding;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the events the seed document names (seed/ungis-events.json) on the first start with an
 * empty database, through the same services as the API, so the seed emits change events like any
 * other change; all or nothing ({@link Seeding}). Organizations are named by acronym: those
 * the replica already knows are linked at once, the others by {@link PendingOrganizationLinks}
 * when membership-service's events bring them.
 */
@ApplicationScoped
public class EventsSeed {
    private static final Logger LOG = Logger.getLogger(EventsSeed.class);
    private static final long SEED_LOCK = 0x6576656e7473L;

    private final EventRepository events;
    private final EventService eventService;
    private final SessionService sessionService;
    private final OutcomeService outcomeService;
    private final PendingOrganizationLinks links;
    private final Seeding seeding;
    private final boolean enabled;

    public EventsSeed(EventRepository events, EventService eventService, SessionService sessionService,
            OutcomeService outcomeService, PendingOrganizationLinks links, Seeding seeding,
            @ConfigProperty(name = "ungis.events.seed.enabled", defaultValue = "true") boolean enabled) {
        this.events = events;
        this.eventService = eventService;
        this.sessionService = sessionService;
        this.outcomeService = outcomeService;
        this.links = links;
        this.seeding = seeding;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            seeding.once(SEED_LOCK, () -> events.count() > 0, this::load);
        }
    }

    private void load() {
        Seed seed = seeding.read("/seed/ungis-events.json", Seed.class);
        Map<String, UUID> idsByKey = new HashMap<>();
        for (SeedEvent event : seed.events()) {
            idsByKey.put(event.key(), load(event, idsByKey));
        }
        LOG.infof("seeded %d events", seed.events().size());
    }

    private UUID load(SeedEvent seed, Map<String, UUID> idsByKey) {
        UUID parent = seed.parent() == null ? null : idsByKey.get(seed.parent());
        EventDetailsView scheduled = eventService.schedule(new EventDetails(seed.title(), seed.kind(), seed.series(),
                seed.edition(), seed.startDate(), seed.endDate(), seed.datePrecision(), seed.timeZone(), seed.location(),
                seed.description(), parent, List.of(), List.of()));
        UUID id = scheduled.event().id();
        String eventId = id.toString();
        links(seed.organizers()).forEach(key -> links.link(id, null, OrganizationRole.ORGANIZER, key));
        links(seed.participants()).forEach(key -> links.link(id, null, OrganizationRole.PARTICIPANT, key));
        for (SeedSession session : list(seed.sessions())) {
            EventDetailsView added = sessionService.add(eventId, OptionalLong.empty(), new SessionRequest(session.title(),
                    session.date(), session.startTime(), session.endTime(), List.of(), List.of(), session.summary()));
            UUID sessionId = added.sessions().get(added.sessions().size() - 1).id();
            links(session.organizers()).forEach(key -> links.link(id, sessionId, OrganizationRole.ORGANIZER, key));
            links(session.participants()).forEach(key -> links.link(id, sessionId, OrganizationRole.PARTICIPANT, key));
        }
        for (OutcomeRequest outcome : list(seed.outcomes())) {
            outcomeService.record(eventId, OptionalLong.empty(), outcome);
        }
        if (seed.status() != null) {
            switch (seed.status()) {
                case PLANNED -> { }
                case CONFIRMED -> eventService.confirm(eventId, OptionalLong.empty());
                case HELD -> eventService.markHeld(eventId, OptionalLong.empty());
                case CANCELLED -> eventService.cancel(eventId, OptionalLong.empty());
            }
        }
        return id;
    }

    private static List<String> links(List<String> keys) {
        return keys == null ? List.of() : keys;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? new ArrayList<>() : items;
    }

    record Seed(String source, List<SeedEvent> events) {
    }

    record SeedEvent(String key, String title, EventKind kind, String series, String edition, String parent,
            LocalDate startDate, LocalDate endDate, DatePrecision datePrecision, String timeZone, Location location,
            String description, EventStatus status, List<String> organizers, List<String> participants,
            List<SeedSession> sessions, List<OutcomeRequest> outcomes) {
    }

    record SeedSession(String title, LocalDate date, LocalTime startTime, LocalTime endTime, List<String> organizers,
            List<String> participants, String summary) {
    }
}
