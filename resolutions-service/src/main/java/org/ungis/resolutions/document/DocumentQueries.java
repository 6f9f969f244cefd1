package org.ungis.resolutions.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.resolutions.Sql;
import org.ungis.resolutions.document.DocumentReferences.Reference;
import org.ungis.resolutions.document.DocumentView.VersionView;

/** The read side of documents: plain SQL, a query or two per request. */
@ApplicationScoped
public class DocumentQueries {
    private static final String DOCUMENT = """
            select d.id, d.symbol, d.number, d.title, d.issuing_body, d.document_type, d.adopted_on, d.session,
                   d.status, d.created_at, d.updated_at, d.version
            from document d
            """;
    private static final String SUMMARY = "select d.id, d.symbol, d.number, d.title, d.issuing_body, d.document_type";

    private final Sql sql;

    public DocumentQueries(Sql sql) {
        this.sql = sql;
    }

    /** The row of a document, by id or (normalized) UN symbol. */
    public Optional<DocumentView> byKey(String key) {
        String value = key.strip();
        List<DocumentView> rows;
        try {
            rows = sql.list(DOCUMENT + "where d.id = ?", List.of(UUID.fromString(value)), DocumentQueries::document);
        } catch (IllegalArgumentException notAnId) {
            rows = sql.list(DOCUMENT + "where d.symbol_key = ?", List.of(DocumentSymbol.key(value)),
                    DocumentQueries::document);
        }
        return withVersions(rows).stream().findFirst();
    }

    /** The id of the document with this id or symbol. */
    public Optional<UUID> idOf(String key) {
        String value = key.strip();
        try {
            UUID id = UUID.fromString(value);
            return sql.first("select id from document where id = ?", List.of(id), row -> Sql.uuid(row, "id"));
        } catch (IllegalArgumentException notAnId) {
            return sql.first("select id from document where symbol_key = ?", List.of(DocumentSymbol.key(value)),
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
                    symbols.add(DocumentSymbol.key(key));
                }
            }
            conditions.add("(d.id = any(?) or d.symbol_key = any(?))");
            params.add(ids.toArray(UUID[]::new));
            params.add(symbols.toArray(String[]::new));
        });
        query.updatedSince().ifPresent(since -> {
            conditions.add("d.updated_at >= ?");
            params.add(since);
        });
        query.after().ifPresent(cursor -> {
            conditions.add("(d.updated_at, d.id) > (?, ?)");
            params.add(cursor.updatedAt());
            params.add(cursor.id());
        });
        int limit = query.limit();
        params.add(limit + 1);
        List<DocumentView> rows = withVersions(sql.list(DOCUMENT
                + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions))
                + " order by d.updated_at, d.id limit ?", params, DocumentQueries::document));
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        DocumentView last = rows.get(limit - 1);
        return new Page<>(rows.subList(0, limit), new Cursor(last.updatedAt(), last.id()).encode());
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

    /** The documents with their versions, read for all of them in one query. */
    private List<DocumentView> withVersions(List<DocumentView> documents) {
        if (documents.isEmpty()) {
            return documents;
        }
        Map<UUID, List<VersionView>> versions = new HashMap<>();
        sql.list("""
                select v.document_id, v.number, v.label, v.adopted_on, v.created_at,
                       (select count(*) from paragraph p where p.version_id = v.id) as paragraphs
                from document_version v where v.document_id = any(?) order by v.document_id, v.number""",
                List.of((Object) documents.stream().map(DocumentView::id).toArray(UUID[]::new)), row -> {
                    versions.computeIfAbsent(Sql.uuid(row, "document_id"), id -> new ArrayList<>())
                            .add(new VersionView(row.getInt("number"), row.getString("label"), Sql.date(row, "adopted_on"),
                                    Sql.instant(row, "created_at"), row.getInt("paragraphs")));
                    return null;
                });
        return documents.stream().map(document -> {
            List<VersionView> texts = versions.getOrDefault(document.id(), List.of());
            return new DocumentView(document.id(), document.symbol(), document.number(), document.title(),
                    document.issuingBody(), document.documentType(), document.adoptedOn(), document.session(),
                    document.status(), List.copyOf(texts), texts.isEmpty() ? null : texts.get(texts.size() - 1),
                    document.createdAt(), document.updatedAt(), document.version());
        }).toList();
    }

    private static DocumentView document(ResultSet row) throws SQLException {
        return new DocumentView(Sql.uuid(row, "id"), row.getString("symbol"), row.getString("number"),
                row.getString("title"), row.getString("issuing_body"), DocumentType.valueOf(row.getString("document_type")),
                Sql.date(row, "adopted_on"), row.getString("session"), DocumentStatus.valueOf(row.getString("status")),
                List.of(), null, Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"), row.getLong("version"));
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
