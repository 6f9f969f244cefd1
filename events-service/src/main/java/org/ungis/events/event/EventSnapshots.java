package org.ungis.events.event;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.events.organization.OrganizationRef;
import org.ungis.platform.dates.DatePrecision;
import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.sql.SqlReads;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read side of event lists: one SQL query per page returns the events with their organizers'
 * and participants' current names from the replica, instead of loading aggregates and their
 * collections (the year's list is the hottest read of the service).
 */
@ApplicationScoped
public class EventSnapshots {
    private static final String NAMES = """
            (select coalesce(json_agg(json_build_object('id', x.organization_id, 'acronym', r.acronym, 'name', r.name)
                                      order by x.position), '[]')
             from %s x left join organization_replica r on r.id = x.organization_id where x.event_id = e.id)""";
    private static final String SELECT = "select e.id, e.title, e.kind, e.series, e.edition, e.start_date, e.end_date,"
            + " e.date_precision, e.time_zone, e.city, e.country_code, e.venue, e.mode, e.description, e.parent_id,"
            + " e.status, e.created_at, e.updated_at, e.version, " + NAMES.formatted("event_organizer") + ", "
            + NAMES.formatted("event_participant") + " from event e";
    private static final TypeReference<List<OrganizationRef>> REFS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;

    public EventSnapshots(DataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    /** A page of events matching {@code filter}, ordered by (updatedAt, id). */
    Page<EventView> page(EventFilter filter, ListQuery query) {
        EventFilter.Condition condition = filter.toCondition();
        List<String> conditions = new ArrayList<>(condition.conditions());
        List<Object> params = new ArrayList<>(condition.params());
        query.updatedSince().ifPresent(since -> {
            conditions.add("e.updated_at >= ?");
            params.add(OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        });
        query.after().ifPresent(cursor -> {
            conditions.add("(e.updated_at, e.id) > (?, ?)");
            params.add(OffsetDateTime.ofInstant(cursor.updatedAt(), ZoneOffset.UTC));
            params.add(cursor.id());
        });
        int limit = query.limit();
        params.add(limit + 1);
        List<EventView> rows = query(SELECT + where(conditions) + " order by e.updated_at, e.id limit ?", params,
                this::view);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        EventView last = rows.get(limit - 1);
        return new Page<>(List.copyOf(rows.subList(0, limit)), new Cursor(last.updatedAt(), last.id()).encode());
    }

    /** Ids of matching events by start date, at most {@code limit}. */
    List<UUID> idsByStartDate(EventFilter filter, int limit) {
        EventFilter.Condition condition = filter.toCondition();
        List<Object> params = new ArrayList<>(condition.params());
        params.add(limit);
        return query("select e.id from event e" + where(condition.conditions()) + " order by e.start_date, e.id limit ?",
                params, result -> result.getObject(1, UUID.class));
    }

    /**
     * The events each of {@code organizations} organizes or takes part in, itself or in a session, by
     * start date: pairs of (organization id, event), one query for the whole batch.
     */
    List<Map.Entry<UUID, EventView>> involving(List<UUID> organizations) {
        UUID[] ids = organizations.toArray(UUID[]::new);
        String involvement = """
                select organization_id, event_id from event_organizer where organization_id = any(?)
                union select organization_id, event_id from event_participant where organization_id = any(?)
                union select o.organization_id, s.event_id from session s join session_organizer o on o.session_id = s.id
                      where o.organization_id = any(?)
                union select p.organization_id, s.event_id from session s join session_participant p on p.session_id = s.id
                      where p.organization_id = any(?)""";
        String sql = SELECT.replace(" from event e", ", i.organization_id as involved from event e")
                + " join (" + involvement + ") i on i.event_id = e.id order by e.start_date, e.id";
        return query(sql, List.of(ids, ids, ids, ids),
                row -> Map.entry(row.getObject("involved", UUID.class), view(row)));
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private <T> List<T> query(String sql, List<Object> params, SqlReads.RowMapper<T> mapper) {
        return SqlReads.list(dataSource, sql, params, mapper);
    }

    private EventView view(ResultSet row) throws SQLException, IOException {
        LocalDate start = row.getObject("start_date", LocalDate.class);
        LocalDate end = row.getObject("end_date", LocalDate.class);
        DatePrecision precision = DatePrecision.valueOf(row.getString("date_precision"));
        String mode = row.getString("mode");
        Location location = Location.normalized(new Location(row.getString("city"), row.getString("country_code"),
                row.getString("venue"), mode == null ? null : AttendanceMode.valueOf(mode)));
        return new EventView(row.getObject("id", UUID.class), row.getString("title"),
                EventKind.valueOf(row.getString("kind")), row.getString("series"), row.getString("edition"), start, end,
                precision, precision.describe(start, end), row.getString("time_zone"), location,
                row.getString("description"), row.getObject("parent_id", UUID.class),
                EventStatus.valueOf(row.getString("status")), objectMapper.readValue(row.getString(20), REFS),
                objectMapper.readValue(row.getString(21), REFS), instant(row, "created_at"), instant(row, "updated_at"),
                row.getLong("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
