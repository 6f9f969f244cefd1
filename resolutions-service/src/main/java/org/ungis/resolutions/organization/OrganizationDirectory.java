package org.ungis.resolutions.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.resolutions.Sql;

/** Organizations as the replica knows them, found by id, acronym, or any name they went by. */
@ApplicationScoped
public class OrganizationDirectory {
    private final Sql sql;

    public OrganizationDirectory(Sql sql) {
        this.sql = sql;
    }

    /** The organization's id: {@code key} itself when it is a UUID, else the one going by that name. */
    public Optional<UUID> idOf(String key) {
        String value = key.strip();
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return sql.first("select organization_id from organization_name where lower(value) = lower(?) limit 1",
                    List.of(value), row -> Sql.uuid(row, "organization_id"));
        }
    }
}
