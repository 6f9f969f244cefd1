package org.ungis.events.seed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.ungis.events.event.EventService;
import org.ungis.events.event.OrganizationRole;
import org.ungis.events.organization.OrganizationDirectory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Links the seed's organizations once the replica knows them. The seed may run before
 * membership-service's events have arrived (or before membership-service has seeded at all), so
 * a reference by acronym it cannot resolve is kept here and retried on a schedule; each link is
 * made through {@link EventService}, so it is announced like any other change.
 */
@ApplicationScoped
public class PendingOrganizationLinks implements PanacheRepositoryBase<PendingOrganizationLink, UUID> {
    private static final Logger LOG = Logger.getLogger(PendingOrganizationLinks.class);

    private final EventService events;
    private final OrganizationDirectory organizations;

    public PendingOrganizationLinks(EventService events, OrganizationDirectory organizations) {
        this.events = events;
        this.organizations = organizations;
    }

    /** Resolves now if the replica knows the organization, else keeps the reference for later. */
    void link(UUID eventId, UUID sessionId, OrganizationRole role, String key) {
        organizations.idByKey(key).ifPresentOrElse(
                organization -> events.link(eventId, sessionId, role, organization),
                () -> persist(new PendingOrganizationLink(eventId, sessionId, role, key, Instant.now())));
    }

    @Scheduled(every = "${ungis.events.seed.link-every:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resolvePending() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> getEntityManager()
                .createQuery("select p.id from PendingOrganizationLink p", UUID.class).getResultList());
        pending.forEach(id -> QuarkusTransaction.requiringNew().run(() -> resolve(id)));
    }

    private void resolve(UUID id) {
        PendingOrganizationLink link = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (link == null) {
            return; // resolved by another instance
        }
        organizations.idByKey(link.organizationKey).ifPresent(organization -> {
            events.link(link.eventId, link.sessionId, link.role, organization);
            delete(link);
            LOG.infof("linked %s as %s of event %s", link.organizationKey, link.role, link.eventId);
        });
    }
}
