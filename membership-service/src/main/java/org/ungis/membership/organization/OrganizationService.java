package org.ungis.membership.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.membership.OrganizationState;
import org.ungis.membership.organization.OrganizationHistory.HistoryEntry;
import org.ungis.platform.outbox.Outbox;
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
    private final OrganizationSnapshots snapshots;
    private final Outbox outbox;

    public OrganizationService(OrganizationRepository organizations, OrganizationHistory history,
            OrganizationSnapshots snapshots, Outbox outbox) {
        this.organizations = organizations;
        this.history = history;
        this.snapshots = snapshots;
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

    /** Reads come from the snapshots, outside any transaction: one query each. */
    public OrganizationView get(String key, LocalDate asOf) {
        return snapshots.byKey(key).map(state -> OrganizationView.of(state, asOf))
                .orElseThrow(() -> ProblemException.notFound("organization", key));
    }

    @Transactional
    public List<HistoryEntry> history(String key) {
        return history.of(find(key).id());
    }

    public Page<OrganizationView> list(OrganizationFilter filter, ListQuery query) {
        LocalDate day = filter.asOf().orElse(LocalDate.now());
        return snapshots.page(filter, query).map(state -> OrganizationView.of(state, day));
    }

    /** Loads for a write: locked until commit, so writes to one organization queue instead of failing. */
    public Organization lockForChange(String key, OptionalLong expectedVersion) {
        Organization organization = organizations.findByKeyForUpdate(key)
                .orElseThrow(() -> ProblemException.notFound("organization", key));
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
        List<String> names = new ArrayList<>();
        names.add(organization.acronym());
        organization.aliases.forEach(alias -> names.add(alias.value()));
        organizations.nameTakenByOther(names, organization.id()).ifPresent(taken -> {
            throw ProblemException.conflict("duplicate-acronym", "'" + taken[0] + "' already names " + taken[1] + ".");
        });
    }
}
