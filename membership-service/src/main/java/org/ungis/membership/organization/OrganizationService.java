package org.ungis.membership.organization;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.platform.outbox.Outbox;
import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.KeysetPaging;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.ProblemException;

@ApplicationScoped
public class OrganizationService {
    private final OrganizationRepository organizations;
    private final Outbox outbox;

    public OrganizationService(OrganizationRepository organizations, Outbox outbox) {
        this.organizations = organizations;
        this.outbox = outbox;
    }

    @Transactional
    public OrganizationView create(NewOrganization request) {
        organizations.findByAcronym(request.acronym()).ifPresent(existing -> {
            throw ProblemException.conflict("duplicate-acronym",
                    "An organization with the acronym '" + request.acronym().trim() + "' already exists.");
        });
        Organization organization = new Organization(request.acronym().trim(), request.name().trim(),
                request.classification(), request.website(), Instant.now());
        organizations.persist(organization);
        organizations.flush();
        outbox.record(ChangeEventType.ORGANIZATION_CREATED, organization.toState());
        return organization.toView();
    }

    @Transactional
    public OrganizationView get(String idOrAcronym) {
        return organizations.findByIdOrAcronym(idOrAcronym)
                .map(Organization::toView)
                .orElseThrow(() -> ProblemException.notFound("organization", idOrAcronym));
    }

    @Transactional
    public Page<OrganizationView> list(ListQuery query) {
        return KeysetPaging.page(organizations, query, "", Map.of(),
                organization -> new Cursor(organization.updatedAt(), organization.id()))
                .map(Organization::toView);
    }
}
