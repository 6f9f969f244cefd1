package org.ungis.events.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.events.event.EventDetailsView;
import org.ungis.events.event.EventStatus;
import org.ungis.events.event.EventView;
import org.ungis.events.organization.OrganizationRef;
import org.ungis.events.session.SessionView;
import org.ungis.platform.dates.DatePrecision;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Events as iCalendar (RFC 5545), one VEVENT per event and one per dated session:
 * <ul>
 * <li>Dates known to the day are all-day events (DTEND the day after the last day).</li>
 * <li>Dates known only to the month or year are all-day events over the whole month or year
 * (what is known, not more), marked TRANSPARENT so they block no time, with
 * {@code X-UNGIS-DATE-PRECISION} and the description saying so.</li>
 * <li>Sessions with times are local times with TZID and a VTIMEZONE for each zone used;
 * sessions without a date are left out (their day is not known).</li>
 * <li>UIDs derive from the stable ids; SEQUENCE is the event's version, which rises on every
 * change of the event, its sessions or outcomes; DTSTAMP is the last change, so an unchanged
 * event is written the same every time.</li>
 * </ul>
 * No METHOD: this is a published calendar to subscribe to, not an iTIP message (iTIP's PUBLISH
 * would require an ORGANIZER address on every event, which UNGIS events do not have).
 */
@ApplicationScoped
public class CalendarWriter {
    public static final String MEDIA_TYPE = "text/calendar";
    static final String PRODUCT = "-//UNGIS//events-service//EN";
    static final String PRECISION_PROPERTY = "X-UNGIS-DATE-PRECISION";

    private final TimeZoneRegistry timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public String write(List<EventDetailsView> events) {
        List<CalendarComponent> components = new ArrayList<>();
        TreeSet<String> zonesUsed = new TreeSet<>();
        for (EventDetailsView details : events) {
            components.add(event(details));
            for (SessionView session : details.sessions()) {
                if (session.date() != null) {
                    components.add(session(details.event(), session));
                    if (session.startTime() != null) {
                        zonesUsed.add(details.event().timeZone());
                    }
                }
            }
        }
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        zonesUsed.forEach(zone -> calendar.add(timeZones.getTimeZone(zone).getVTimeZone()));
        components.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            // not validated on every request (it costs more than writing); CalendarTest validates what we write
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    static String uid(EventView event) {
        return "event-" + event.id() + "@ungis.org";
    }

    static String uid(SessionView session) {
        return "session-" + session.id() + "@ungis.org";
    }

    private VEvent event(EventDetailsView details) {
        EventView event = details.event();
        VEvent component = common(event, uid(event), event.title());
        component.add(new DtStart<>(event.startDate()));
        component.add(new DtEnd<>(event.endDate().plusDays(1)));
        component.add(new Created(event.createdAt()));
        component.add(new Categories(event.kind().name()));
        component.add(new XProperty(PRECISION_PROPERTY, event.datePrecision().name()));
        if (event.datePrecision() != DatePrecision.DAY) {
            component.add(ImmutableTransp.TRANSPARENT);
        }
        if (event.parentId() != null) {
            component.add(new RelatedTo("event-" + event.parentId() + "@ungis.org"));
        }
        String description = Stream.of(
                event.description(),
                event.datePrecision() == DatePrecision.DAY ? null
                        : "Dates known only to the " + event.datePrecision().name().toLowerCase() + ": " + event.when() + ".",
                names("Organizers", event.organizers()),
                names("Participants", event.participants()),
                details.outcomes().isEmpty() ? null : "Outcomes: " + details.outcomes().stream()
                        .map(outcome -> outcome.documentSymbol() == null ? outcome.title()
                                : outcome.title() + " (" + outcome.documentSymbol() + ")")
                        .collect(Collectors.joining("; ")) + ".")
                .filter(Objects::nonNull).collect(Collectors.joining("\n\n"));
        if (!description.isEmpty()) {
            component.add(new Description(description));
        }
        return component;
    }

    private VEvent session(EventView event, SessionView session) {
        VEvent component = common(event, uid(session), session.title());
        if (session.startTime() == null) {
            component.add(new DtStart<>(session.date()));
            component.add(new DtEnd<>(session.date().plusDays(1)));
        } else {
            ZoneId zone = ZoneId.of(event.timeZone());
            component.add(new DtStart<>(ZonedDateTime.of(session.date(), session.startTime(), zone)));
            if (session.endTime() != null) {
                component.add(new DtEnd<>(ZonedDateTime.of(session.date(), session.endTime(), zone)));
            }
        }
        component.add(new RelatedTo(uid(event)));
        String description = Stream.of(session.summary(), "Part of " + event.title() + ".",
                names("Organizers", session.organizers()), names("Participants", session.participants()))
                .filter(Objects::nonNull).collect(Collectors.joining("\n\n"));
        component.add(new Description(description));
        return component;
    }

    /** What an event and its sessions share: stamp, sequence, status and place. */
    private static VEvent common(EventView event, String uid, String summary) {
        VEvent component = new VEvent(false);
        component.add(new Uid(uid));
        component.add(new DtStamp(event.updatedAt()));
        component.add(new LastModified(event.updatedAt()));
        component.add(new Sequence((int) Math.min(event.version(), Integer.MAX_VALUE)));
        component.add(new Summary(summary));
        component.add(status(event.status()));
        if (event.location() != null && event.location().label() != null) {
            component.add(new Location(event.location().label()));
        }
        return component;
    }

    private static Status status(EventStatus status) {
        return switch (status) {
            case PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private static String names(String label, List<OrganizationRef> organizations) {
        if (organizations.isEmpty()) {
            return null;
        }
        return label + ": " + organizations.stream()
                .map(organization -> organization.acronym() == null ? organization.id().toString()
                        : organization.acronym() + " (" + organization.name() + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

}
