package org.ungis.resolutions.document;

import org.ungis.changeevents.resolutions.DocumentSymbolKey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.ungis.resolutions.document.DocumentReferences.Reference;
import org.ungis.resolutions.document.DocumentView.VersionView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The read side of documents: plain SQL, a query or two per request. */
@ApplicationScoped
public class DocumentQueries {
    /** A document with its versions (as JSON, oldest first): one round trip. */
    private static final String DOCUMENT = """
            select d.id, d.symbol, d.number, d.title, d.issuing_body, d.document_type, d.adopted_on, d.session,
                   d.status, d.created_at, d.updated_at, d.version,
                   (select json_agg(json_build_object('number', v.number, 'label', v.label, 'adoptedOn', v.adopted_on,
                           'createdAt', to_char(v.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                           'paragraphCount', v.paragraph_count) order by v.number)
                    from document_version v where v.document_id = d.id) as versions
            from document d
            """;
    private static final TypeReference<List<VersionView>> VERSIONS = new TypeReference<>() {
    };
    private static final String SUMMARY = "select d.id, d.symbol, d.number, d.title, d.issuing_body, d.document_type";

    private final Sql sql;
    private final ObjectMapper objectMapper;

    public DocumentQueries(Sql sql, ObjectMapper objectMapper) {
        this.sql = sql;
        this.objectMapper = objectMapper;
    }

    /** The row of a document, by id or (normalized) UN symbol. */
    public Optional<DocumentView> byKey(String key) {
        String value = key.strip();
        List<DocumentView> rows;
        try {
            rows = sql.list(DOCUMENT + "where d.id = ?", List.of(UUID.fromString(value)), this::document);
        } catch (IllegalArgumentException notAnId) {
            rows = sql.list(DOCUMENT + "where d.symbol_key = ?", List.of(DocumentSymbolKey.of(value)), this::document);
        }
        return rows.stream().findFirst();
    }

    /** The id of the document with this id or symbol. */
    public Optional<UUID> idOf(String key) {
        String value = key.strip();
        try {
            UUID id = UUID.fromString(value);
            return sql.first("select id from document where id = ?", List.of(id), row -> Sql.uuid(row, "id"));
        } catch (IllegalArgumentException notAnId) {
            return sql.first("select id from document where symbol_key = ?", List.of(DocumentSymbolKey.of(value)),
                    row -> Sql.uuid(row, "id"));
        }
    }

    public Optional<DocumentSummary> summary(UUID id) {
        return sql.first(SUMMARY + " from document d where d.id = ?", List.of(id), DocumentQueries::summary);
    }

    /** The id of a version given by number or label; the latest when {@code version} is empty. */
    public Optional<VersionRow> version(UUID documentId, Optional<String> version) {
        String select = "select v.id, v.number, v.label from document_version v ";
        if (version.isEmpty()) {
            return sql.first(select + "join document d on d.latest_version_id = v.id where d.id = ?",
                    List.of(documentId), DocumentQueries::versionRow);
        }
        String value = version.get().strip();
        if (value.chars().allMatch(Character::isDigit) && value.length() < 6) {
            return sql.first(select + "where v.document_id = ? and v.number = ?",
                    List.of(documentId, Integer.parseInt(value)), DocumentQueries::versionRow);
        }
        return sql.first(select + "where v.document_id = ? and lower(v.label) = lower(?)", List.of(documentId, value),
                DocumentQueries::versionRow);
    }

    public Page<DocumentView> page(DocumentFilter filter, Optional<UUID> mentioned, ListQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filter.body().ifPresent(body -> {
            conditions.add("lower(d.issuing_body) = ?");
            params.add(body.toLowerCase(Locale.ROOT));
        });
        filter.type().ifPresent(type -> {
            conditions.add("d.document_type = ?");
            params.add(type.name());
        });
        filter.status().ifPresent(status -> {
            conditions.add("d.status = ?");
            params.add(status.name());
        });
        filter.number().ifPresent(number -> {
            conditions.add("lower(d.number) = ?");
            params.add(number.toLowerCase(Locale.ROOT));
        });
        filter.year().ifPresent(year -> {
            conditions.add("d.adopted_on >= ? and d.adopted_on < ?");
            params.add(LocalDate.of(year, 1, 1));
            params.add(LocalDate.of(year + 1, 1, 1));
        });
        mentioned.ifPresent(organization -> {
            conditions.add("""
                    exists (select 1 from paragraph_mention m join paragraph p on p.id = m.paragraph_id
                            where m.organization_id = ? and p.version_id = d.latest_version_id)""");
            params.add(organization);
        });
        filter.symbols().ifPresent(keys -> {
            List<UUID> ids = new ArrayList<>();
            List<String> symbols = new ArrayList<>();
            for (String key : keys) {
                try {
                    ids.add(UUID.fromString(key));
                } catch (IllegalArgumentException notAnId) {
                    symbols.add(DocumentSymbolKey.of(key));
                }
            }
            conditions.add("(d.id = any(?) or d.symbol_key = any(?))");
            params.add(ids.toArray(UUID[]::new));
            params.add(symbols.toArray(String[]::new));
        });
        KeysetSql.restrict(query, "d", conditions, params);
        int limit = query.limit();
        params.add(limit + 1);
        List<DocumentView> rows = sql.list(DOCUMENT + KeysetSql.orderAndLimit(conditions, "d"), params, this::document);
        return KeysetSql.page(rows, limit, row -> new Cursor(row.updatedAt(), row.id()));
    }

    public DocumentReferences references(UUID id) {
        List<Reference> cites = sql.list(SUMMARY + ", r.note from document_reference r "
                + "join document d on d.id = r.to_document_id where r.from_document_id = ? order by d.symbol, d.title",
                List.of(id), row -> new Reference(summary(row), row.getString("note")));
        List<Reference> citedBy = sql.list(SUMMARY + ", r.note from document_reference r "
                + "join document d on d.id = r.from_document_id where r.to_document_id = ? order by d.symbol, d.title",
                List.of(id), row -> new Reference(summary(row), row.getString("note")));
        return new DocumentReferences(cites, citedBy);
    }

    private DocumentView document(ResultSet row) throws SQLException {
        String json = row.getString("versions");
        List<VersionView> versions;
        try {
            versions = json == null ? List.of() : objectMapper.readValue(json, VERSIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable versions of document " + row.getString("id"), e);
        }
        return new DocumentView(Sql.uuid(row, "id"), row.getString("symbol"), row.getString("number"),
                row.getString("title"), row.getString("issuing_body"), DocumentType.valueOf(row.getString("document_type")),
                Sql.date(row, "adopted_on"), row.getString("session"), DocumentStatus.valueOf(row.getString("status")),
                versions, versions.isEmpty() ? null : versions.get(versions.size() - 1), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), row.getLong("version"));
    }

    private static DocumentSummary summary(ResultSet row) throws SQLException {
        return new DocumentSummary(Sql.uuid(row, "id"), row.getString("symbol"), row.getString("number"),
                row.getString("title"), row.getString("issuing_body"), DocumentType.valueOf(row.getString("document_type")));
    }

    private static VersionRow versionRow(ResultSet row) throws SQLException {
        return new VersionRow(Sql.uuid(row, "id"), row.getInt("number"), row.getString("label"));
    }

    /** A version's id with its number and label. */
    public record VersionRow(UUID id, int number, String label) {
    }
}
