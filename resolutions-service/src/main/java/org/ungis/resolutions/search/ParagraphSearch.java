package org.ungis.resolutions.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.resolutions.Sql;
import org.ungis.resolutions.document.DocumentService;
import org.ungis.resolutions.document.DocumentSummary;
import org.ungis.resolutions.document.DocumentType;
import org.ungis.resolutions.paragraph.ParagraphKind;

/**
 * Full-text search over the paragraphs of every document's latest text: PostgreSQL's
 * {@code websearch_to_tsquery} against the stored, GIN-indexed {@code paragraph.search} vector,
 * ranked with {@code ts_rank_cd}; snippets ({@code ts_headline}, the costly part) are made only
 * for the page of hits returned.
 */
@ApplicationScoped
public class ParagraphSearch {
    private final Sql sql;
    private final DocumentService documents;

    public ParagraphSearch(Sql sql, DocumentService documents) {
        this.sql = sql;
        this.documents = documents;
    }

    public List<SearchHit> search(SearchQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        params.add(query.text());
        query.body().ifPresent(body -> {
            conditions.add("lower(d.issuing_body) = ?");
            params.add(body.toLowerCase(Locale.ROOT));
        });
        query.type().ifPresent(type -> {
            conditions.add("d.document_type = ?");
            params.add(type.name());
        });
        query.kind().ifPresent(kind -> {
            conditions.add("p.kind = ?");
            params.add(kind.name());
        });
        query.year().ifPresent(year -> {
            conditions.add("d.adopted_on >= ? and d.adopted_on < ?");
            params.add(LocalDate.of(year, 1, 1));
            params.add(LocalDate.of(year + 1, 1, 1));
        });
        query.document().ifPresent(key -> {
            conditions.add("d.id = ?");
            params.add(documents.summary(key).id());
        });
        params.add(query.limit());
        params.add(query.offset());
        return sql.list("""
                with q as (select websearch_to_tsquery('english', ?) as query)
                select h.*, ts_headline('english', h.text, q.query,
                           'StartSel=<mark>, StopSel=</mark>, MaxWords=40, MinWords=15, MaxFragments=2') as snippet
                from (
                    select p.id, p.anchor, p.kind, p.number as paragraph_number, p.text,
                           d.id as document_id, d.symbol, d.number, d.title, d.issuing_body, d.document_type,
                           ts_rank_cd(p.search, q.query) as rank
                    from q, paragraph p
                    join document d on d.latest_version_id = p.version_id
                    where p.search @@ q.query %s
                    order by rank desc, p.id
                    limit ? offset ?
                ) h, q
                order by h.rank desc, h.id""".formatted(conditions.isEmpty() ? "" : "and " + String.join(" and ", conditions)),
                params, row -> {
                    DocumentSummary document = new DocumentSummary(Sql.uuid(row, "document_id"), row.getString("symbol"),
                            row.getString("number"), row.getString("title"), row.getString("issuing_body"),
                            DocumentType.valueOf(row.getString("document_type")));
                    return new SearchHit(document, document.address(row.getString("anchor")),
                            ParagraphKind.valueOf(row.getString("kind")), row.getString("paragraph_number"),
                            row.getDouble("rank"), row.getString("snippet"));
                });
    }
}
