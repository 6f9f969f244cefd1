package org.ungis.membership.participation;

import java.time.Instant;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.membership.organization.Organization;
import org.ungis.membership.organization.OrganizationService;
import org.ungis.membership.organization.OrganizationView;

/** Admission, change of status and withdrawal: periods are closed and opened, never rewritten. */
@ApplicationScoped
public class ParticipationService {
    private final OrganizationService organizations;

    public ParticipationService(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Transactional
    public OrganizationView admit(String key, OptionalLong expectedVersion, Admission admission) {
        Organization organization = organizations.lockForChange(key, expectedVersion);
        organization.admit(admission.status(), admission.since(), Instant.now());
        return organizations.recordChange(ChangeEventType.ORGANIZATION_ADMITTED, organization);
    }

    @Transactional
    public OrganizationView changeStatus(String key, OptionalLong expectedVersion, StatusChange change) {
        Organization organization = organizations.lockForChange(key, expectedVersion);
        organization.changeStatus(change.status(), change.on(), Instant.now());
        return organizations.recordChange(ChangeEventType.ORGANIZATION_STATUS_CHANGED, organization);
    }

    @Transactional
    public OrganizationView withdraw(String key, OptionalLong expectedVersion, Withdrawal withdrawal) {
        Organization organization = organizations.lockForChange(key, expectedVersion);
        organization.withdraw(withdrawal.on(), Instant.now());
        return organizations.recordChange(ChangeEventType.ORGANIZATION_WITHDRAWN, organization);
    }
}
