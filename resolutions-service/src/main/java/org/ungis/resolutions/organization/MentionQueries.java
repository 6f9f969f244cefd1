package org.ungis.resolutions.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.resolutions.Sql;
import org.ungis.resolutions.document.DocumentSummary;
import org.ungis.resolutions.document.DocumentType;
import org.ungis.resolutions.paragraph.ParagraphKind;

/** Where organizations are named: the paragraphs of documents' latest texts, several organizations in one query. */
@ApplicationScoped
public class MentionQueries {
    private final Sql sql;

    public MentionQueries(Sql sql) {
        this.sql = sql;
    }

    @Schema(name = "OrganizationMentions", description = "The paragraphs (of latest texts) that name one organization.")
    public record OrganizationMentions(UUID organizationId, List<MentioningParagraph> paragraphs) {
    }

    @Schema(name = "MentioningParagraph", description = "A paragraph that names an organization, with the name found.")
    public record MentioningParagraph(DocumentSummary document,
            @Schema(example = "E/RES/2025/1#para_133") String address, String anchor, ParagraphKind kind,
            String number, String text, @Schema(example = "ITU") String matched) {
    }

    /** For each organization, in the order asked, the paragraphs naming it, by document and printed order. */
    public List<OrganizationMentions> of(List<UUID> organizationIds) {
        Map<UUID, List<MentioningParagraph>> found = new LinkedHashMap<>();
        organizationIds.forEach(id -> found.put(id, new ArrayList<>()));
        if (!organizationIds.isEmpty()) {
            sql.list("""
                    select m.organization_id, m.matched, p.anchor, p.kind, p.number, p.text,
                           d.id, d.symbol, d.number as document_number, d.title, d.issuing_body, d.document_type
                    from paragraph_mention m
                    join paragraph p on p.id = m.paragraph_id
                    join document d on d.latest_version_id = p.version_id
                    where m.organization_id = any(?)
                    order by d.adopted_on desc nulls last, d.id, p.position""",
                    List.of((Object) organizationIds.toArray(UUID[]::new)), row -> {
                        DocumentSummary document = new DocumentSummary(Sql.uuid(row, "id"), row.getString("symbol"),
                                row.getString("document_number"), row.getString("title"), row.getString("issuing_body"),
                                DocumentType.valueOf(row.getString("document_type")));
                        String anchor = row.getString("anchor");
                        return Map.entry(Sql.uuid(row, "organization_id"), new MentioningParagraph(document,
                                document.address(anchor), anchor, ParagraphKind.valueOf(row.getString("kind")),
                                row.getString("number"), row.getString("text"), row.getString("matched")));
                    }).forEach(pair -> found.get(pair.getKey()).add(pair.getValue()));
        }
        return found.entrySet().stream().map(entry -> new OrganizationMentions(entry.getKey(), entry.getValue())).toList();
    }
}
