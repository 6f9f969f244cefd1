package org.ungis.resolutions.mandate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.KeysetSql;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.resolutions.Sql;
import org.ungis.resolutions.document.DocumentSummary;
import org.ungis.resolutions.document.DocumentType;
import org.ungis.resolutions.event.EventEdition;

/** The read side of mandates, with their document and the paragraph's latest text, in one query. */
@ApplicationScoped
public class MandateQueries {
    /** OVERDUE is derived here, once: open and past its due date. */
    private static final String MANDATE = """
            select m.id, m.paragraph_anchor, m.tasked_body, m.deliverable, m.due_on, m.due_event, m.delivered_on,
                   m.created_at, m.updated_at, m.version,
                   case when m.status = 'OPEN' and m.due_on < current_date then 'OVERDUE' else m.status end as status,
                   d.id as document_id, d.symbol, d.number, d.title, d.issuing_body, d.document_type,
                   p.text as paragraph_text, m.due_event_series, m.due_event_edition, e.id as due_event_id
            from mandate m
            join document d on d.id = m.document_id
            left join paragraph p on p.version_id = d.latest_version_id and p.anchor = m.paragraph_anchor
            left join lateral (
                select e.id from event_replica e
                where lower(e.series) = lower(m.due_event_series) and lower(e.edition) = lower(m.due_event_edition)
                order by e.start_date, e.id limit 1
            ) e on true
            """;

    private final Sql sql;

    public MandateQueries(Sql sql) {
        this.sql = sql;
    }

    public Optional<MandateView> byId(UUID id) {
        return sql.first(MANDATE + "where m.id = ?", List.of(id), MandateQueries::mandate);
    }

    public Page<MandateView> page(MandateFilter filter, Optional<UUID> documentId, ListQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filter.body().ifPresent(body -> {
            conditions.add("lower(m.tasked_body) = ?");
            params.add(body.toLowerCase(Locale.ROOT));
        });
        filter.status().ifPresent(status -> conditions.add(switch (status) {
            case OPEN -> "m.status = 'OPEN' and (m.due_on is null or m.due_on >= current_date)";
            case OVERDUE -> "m.status = 'OPEN' and m.due_on < current_date";
            case DELIVERED -> "m.status = 'DELIVERED'";
        }));
        filter.dueBefore().ifPresent(day -> {
            conditions.add("m.due_on < ?");
            params.add(day);
        });
        documentId.ifPresent(id -> {
            conditions.add("m.document_id = ?");
            params.add(id);
        });
        KeysetSql.restrict(query, "m", conditions, params);
        int limit = query.limit();
        params.add(limit + 1);
        List<MandateView> rows = sql.list(MANDATE + KeysetSql.orderAndLimit(conditions, "m"), params,
                MandateQueries::mandate);
        return KeysetSql.page(rows, limit, row -> new Cursor(row.updatedAt(), row.id()));
    }

    private static MandateView mandate(ResultSet row) throws SQLException {
        DocumentSummary document = new DocumentSummary(Sql.uuid(row, "document_id"), row.getString("symbol"),
                row.getString("number"), row.getString("title"), row.getString("issuing_body"),
                DocumentType.valueOf(row.getString("document_type")));
        return new MandateView(Sql.uuid(row, "id"), document, document.address(row.getString("paragraph_anchor")),
                row.getString("paragraph_text"), row.getString("tasked_body"), row.getString("deliverable"),
                Sql.date(row, "due_on"), row.getString("due_event"),
                row.getString("due_event_series") == null ? null
                        : new EventEdition(row.getString("due_event_series"), row.getString("due_event_edition")),
                Sql.uuid(row, "due_event_id"), MandateStatus.valueOf(row.getString("status")),
                Sql.date(row, "delivered_on"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                row.getLong("version"));
    }
}
