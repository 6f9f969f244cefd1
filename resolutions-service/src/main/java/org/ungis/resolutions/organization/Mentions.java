package org.ungis.resolutions.organization;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Tags the paragraphs that mention an organization by any name it goes by, in SQL, in the
 * caller's transaction: a new text is tagged against every organization known; an organization
 * whose names changed is tagged again across every text.
 */
@ApplicationScoped
public class Mentions {
    /**
     * One row per (paragraph, organization); the longest name found is the one recorded. The
     * match is written as an OR of the two regular-expression operators (not a CASE), so that
     * PostgreSQL can look each name up in the trigram index of the paragraph text.
     */
    private static final String TAG = """
            insert into paragraph_mention (paragraph_id, organization_id, matched)
            select distinct on (p.id, n.organization_id) p.id, n.organization_id, n.value
            from organization_name n join paragraph p
              on (n.case_sensitive and p.text ~ n.pattern) or (not n.case_sensitive and p.text ~* n.pattern)
            where %s
            order by p.id, n.organization_id, length(n.value) desc
            on conflict (paragraph_id, organization_id) do update set matched = excluded.matched""";

    private final EntityManager entityManager;

    public Mentions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Tags the paragraphs of one version (just written, flushed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tagVersion(UUID versionId) {
        entityManager.createNativeQuery(TAG.formatted("p.version_id = ?1")).setParameter(1, versionId).executeUpdate();
    }

    /**
     * SQL, for some organizations (parameter, twice: their ids, as an array): forgets where they
     * were found and looks again under their current names. Two statements, to append to the ones
     * that change the names (one round trip for all).
     */
    static final String RETAG_ORGANIZATIONS = "delete from paragraph_mention where organization_id = any(?::uuid[]);\n"
            + TAG.formatted("n.organization_id = any(?::uuid[])");
}
