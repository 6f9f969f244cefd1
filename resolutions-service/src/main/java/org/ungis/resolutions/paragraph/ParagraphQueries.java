package org.ungis.resolutions.paragraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.resolutions.Sql;
import org.ungis.resolutions.paragraph.ParagraphView.Mention;

/** Paragraphs of a version in printed order, with their mentions, in one query. */
@ApplicationScoped
public class ParagraphQueries {
    private final Sql sql;

    public ParagraphQueries(Sql sql) {
        this.sql = sql;
    }

    /** @param addressOf the paragraph's address from its anchor */
    public List<ParagraphView> ofVersion(UUID versionId, Function<String, String> addressOf) {
        List<Line> lines = sql.list("""
                select p.id, p.kind, p.number, p.anchor, p.text, m.organization_id, o.acronym, m.matched
                from paragraph p
                left join paragraph_mention m on m.paragraph_id = p.id
                left join organization_replica o on o.id = m.organization_id
                where p.version_id = ?
                order by p.position, o.acronym""", List.of(versionId),
                row -> new Line(Sql.uuid(row, "id"), row.getString("kind"), row.getString("number"),
                        row.getString("anchor"), row.getString("text"), Sql.uuid(row, "organization_id"),
                        row.getString("acronym"), row.getString("matched")));
        Map<UUID, List<Line>> byParagraph = new LinkedHashMap<>();
        lines.forEach(line -> byParagraph.computeIfAbsent(line.id(), id -> new ArrayList<>()).add(line));
        return byParagraph.values().stream().map(group -> {
            Line first = group.get(0);
            List<Mention> mentions = group.stream().filter(line -> line.organizationId() != null)
                    .map(line -> new Mention(line.organizationId(), line.acronym(), line.matched())).toList();
            return new ParagraphView(addressOf.apply(first.anchor()), first.anchor(),
                    ParagraphKind.valueOf(first.kind()), first.number(), first.text(), mentions);
        }).toList();
    }

    /** Whether the document's latest text has a paragraph at {@code anchor}. */
    public boolean inLatestText(UUID documentId, String anchor) {
        return sql.first("""
                select 1 from paragraph p join document d on d.latest_version_id = p.version_id
                where d.id = ? and p.anchor = ?""", List.of(documentId, anchor), row -> true).isPresent();
    }

    private record Line(UUID id, String kind, String number, String anchor, String text, UUID organizationId,
            String acronym, String matched) {
    }
}
