package org.ungis.events.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/** What events-service knows of organizations, from its replica of membership-service's events. */
@ApplicationScoped
public class OrganizationDirectory {
    private final OrganizationReplicaRepository replicas;

    public OrganizationDirectory(OrganizationReplicaRepository replicas) {
        this.replicas = replicas;
    }

    public OrganizationNames names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return new OrganizationNames(Map.of());
        }
        Map<UUID, OrganizationRef> found = replicas.list("id in ?1", Set.copyOf(ids)).stream()
                .map(OrganizationReplica::toRef)
                .collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
        return new OrganizationNames(found);
    }

    public boolean exists(UUID id) {
        return replicas.count("id", id) > 0;
    }

    /** Refuses (422) organizations membership-service has not announced, naming the field. */
    public void requireKnown(String field, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> known = replicas.list("id in ?1", Set.copyOf(ids)).stream().map(OrganizationReplica::id)
                .collect(Collectors.toSet());
        List<FieldError> errors = ids.stream().filter(id -> !known.contains(id))
                .map(id -> new FieldError(field, "no organization with id " + id)).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("unknown-organization",
                    "Organizations are referenced by their membership-service id; these are not known.", errors);
        }
    }

    /** By current acronym, or a former acronym or name, case-insensitively. */
    public Optional<UUID> idByKey(String key) {
        return replicas.idByKey(key.strip());
    }
}
