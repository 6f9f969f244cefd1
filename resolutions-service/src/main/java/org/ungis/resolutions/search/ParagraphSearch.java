package org.ungis.resolutions.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.ungis.resolutions.Sql;
import org.ungis.resolutions.document.DocumentService;
import org.ungis.resolutions.document.DocumentSummary;
import org.ungis.resolutions.document.DocumentType;
import org.ungis.resolutions.paragraph.ParagraphKind;

/**
 * Full-text search over the paragraphs of every document's latest text: PostgreSQL's
 * {@code websearch_to_tsquery} against the stored, GIN-indexed {@code paragraph.search} vector,
 * ranked with {@code ts_rank_cd}; snippets ({@code ts_headline}, the costly part) are made only
 * for the page of hits returned. Ranking reads every candidate's vector, so a query matching a
 * large part of the corpus (a very common word) ranks only the first {@code max-candidates}
 * matches the index yields: its cost stays bounded, and the answer says so.
 *
 * <p>The match is written against the query text itself (not a CTE's value) and planned for it
 * on every call: PostgreSQL then estimates from the column's word statistics how many paragraphs
 * match, and reads a common word's first candidates straight from the table (a bitmap of a fifth
 * of the corpus costs more than the whole search), a rarer one's through the GIN index.
 */
@ApplicationScoped
public class ParagraphSearch {
    private final Sql sql;
    private final DocumentService documents;
    private final int maxCandidates;

    public ParagraphSearch(Sql sql, DocumentService documents,
            @ConfigProperty(name = "ungis.resolutions.search.max-candidates", defaultValue = "500") int maxCandidates) {
        this.sql = sql;
        this.documents = documents;
        this.maxCandidates = maxCandidates;
    }

    public SearchResults search(SearchQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String text = query.text();
        params.add(text);
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
        params.add(maxCandidates);
        params.add(text);
        params.add(query.limit());
        params.add(query.offset());
        long[] candidates = { 0 };
        List<SearchHit> hits = sql.listPlannedPerCall("""
                with candidate as (
                    select p.id, p.anchor, p.kind, p.number as paragraph_number, p.text, p.search,
                           d.id as document_id, d.symbol, d.number, d.title, d.issuing_body, d.document_type
                    from paragraph p
                    join document d on d.latest_version_id = p.version_id
                    where p.search @@ websearch_to_tsquery('english', ?) %s
                    limit ?
                ),
                q as (select websearch_to_tsquery('english', ?) as query)
                select h.*, ts_headline('english', h.text, q.query,
                           'StartSel=<mark>, StopSel=</mark>, MaxWords=40, MinWords=15, MaxFragments=2') as snippet
                from (
                    select c.*, ts_rank_cd(c.search, q.query) as rank, count(*) over () as candidates
                    from q, candidate c
                    order by rank desc, c.id
                    limit ? offset ?
                ) h, q
                order by h.rank desc, h.id""".formatted(conditions.isEmpty() ? "" : "and " + String.join(" and ", conditions)),
                params, row -> {
                    candidates[0] = row.getLong("candidates");
                    DocumentSummary document = new DocumentSummary(Sql.uuid(row, "document_id"), row.getString("symbol"),
                            row.getString("number"), row.getString("title"), row.getString("issuing_body"),
                            DocumentType.valueOf(row.getString("document_type")));
                    return new SearchHit(document, document.address(row.getString("anchor")),
                            ParagraphKind.valueOf(row.getString("kind")), row.getString("paragraph_number"),
                            row.getDouble("rank"), row.getString("snippet"));
                });
        return new SearchResults(hits, candidates[0] >= maxCandidates);
    }

    /** The page of hits; {@code partial} when the query matched more than could be ranked. */
    public record SearchResults(List<SearchHit> hits, boolean partial) {
    }
}
