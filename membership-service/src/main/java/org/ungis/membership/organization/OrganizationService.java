package org.ungis.membership.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.membership.OrganizationState;
import org.ungis.membership.organization.OrganizationHistory.HistoryEntry;
import org.ungis.platform.outbox.Outbox;
import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.KeysetPaging;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.ProblemException;

/**
 * The organization aggregate's transactions: each loads, changes through {@link Organization},
 * and records the change (outbox event and history) in the same transaction.
 */
@ApplicationScoped
public class OrganizationService {
    private final OrganizationRepository organizations;
    private final OrganizationHistory history;
    private final Outbox outbox;

    public OrganizationService(OrganizationRepository organizations, OrganizationHistory history, Outbox outbox) {
        this.organizations = organizations;
        this.history = history;
        this.outbox = outbox;
    }

    @Transactional
    public OrganizationView create(OrganizationDetails details) {
        Organization organization = new Organization(details, Instant.now());
        requireNamesFree(organization);
        organizations.persist(organization);
        return recordChange(ChangeEventType.ORGANIZATION_CREATED, organization);
    }

    /** Replaces the details; a new acronym or name is a rename (the former ones become aliases). */
    @Transactional
    public OrganizationView update(String key, OptionalLong expectedVersion, OrganizationDetails details) {
        Organization organization = lockForChange(key, expectedVersion);
        Instant now = Instant.now();
        boolean renamed = organization.rename(details.acronym(), details.name(), now);
        boolean described = organization.describe(details, now);
        if (!renamed && !described) {
            return organization.toView(LocalDate.now());
        }
        requireNamesFree(organization);
        return recordChange(renamed ? ChangeEventType.ORGANIZATION_RENAMED : ChangeEventType.ORGANIZATION_UPDATED,
                organization);
    }

    @Transactional
    public OrganizationView get(String key, LocalDate asOf) {
        return find(key).toView(asOf);
    }

    @Transactional
    public List<HistoryEntry> history(String key) {
        return history.of(find(key).id());
    }

    @Transactional
    public Page<OrganizationView> list(OrganizationFilter filter, ListQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        LocalDate day = filter.asOf().orElse(LocalDate.now());
        if (filter.asOf().isPresent() || filter.status().isPresent()) {
            conditions.add("id in (select p.organization.id from Participation p where (p.since is null or p.since <= :day)"
                    + " and (p.until is null or p.until > :day)"
                    + filter.status().map(status -> " and p.status = :status").orElse("") + ")");
            params.put("day", day);
            filter.status().ifPresent(status -> params.put("status", status));
        }
        filter.classification().ifPresent(classification -> {
            conditions.add("classification = :classification");
            params.put("classification", classification);
        });
        filter.text().ifPresent(text -> {
            conditions.add("(lower(acronym) like :text or lower(name) like :text or id in "
                    + "(select x.id from Organization x join x.aliases a where lower(a.value) like :text))");
            params.put("text", "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        });
        filter.ids().ifPresent(ids -> {
            conditions.add("id in :ids");
            params.put("ids", ids);
        });
        return KeysetPaging.page(organizations, query, String.join(" and ", conditions), params,
                organization -> new Cursor(organization.updatedAt(), organization.id()))
                .map(organization -> organization.toView(day));
    }

    /** Loads for a write: locked until commit, so writes to one organization queue instead of failing. */
    public Organization lockForChange(String key, OptionalLong expectedVersion) {
        Organization organization = find(key);
        organizations.getEntityManager().refresh(organization, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != organization.version()) {
            throw ProblemException.preconditionFailed("The organization is at version " + organization.version()
                    + ", not " + expectedVersion.getAsLong() + "; read it again before changing it.");
        }
        return organization;
    }

    public Organization find(String key) {
        return organizations.findByKey(key).orElseThrow(() -> ProblemException.notFound("organization", key));
    }

    /** Flushes (the version rises), then writes the event and the history row in this transaction. */
    public OrganizationView recordChange(ChangeEventType type, Organization organization) {
        organizations.flush();
        OrganizationState state = organization.toState();
        outbox.record(type, state);
        history.record(type, state);
        return organization.toView(LocalDate.now());
    }

    private void requireNamesFree(Organization organization) {
        OrganizationState state = organization.toState();
        List<String> names = new ArrayList<>();
        names.add(state.acronym());
        state.aliases().forEach(alias -> names.add(alias.value()));
        UUID self = organization.id();
        for (String name : names) {
            organizations.otherAnsweringTo(name, self).ifPresent(other -> {
                throw ProblemException.conflict("duplicate-acronym",
                        "'" + name + "' already names " + other.acronym() + " (" + other.id() + ").");
            });
        }
    }
}
