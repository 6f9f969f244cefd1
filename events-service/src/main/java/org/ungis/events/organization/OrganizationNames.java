package org.ungis.events.organization;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Current names of a set of organizations, looked up together. */
public final class OrganizationNames {
    private final Map<UUID, OrganizationRef> byId;

    OrganizationNames(Map<UUID, OrganizationRef> byId) {
        this.byId = byId;
    }

    /** In the given order; an organization the replica no longer knows keeps its id, without names. */
    public List<OrganizationRef> of(List<UUID> ids) {
        return ids.stream().map(id -> byId.getOrDefault(id, new OrganizationRef(id, null, null))).toList();
    }
}
