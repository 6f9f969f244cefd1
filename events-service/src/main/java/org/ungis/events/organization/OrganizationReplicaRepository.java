package org.ungis.events.organization;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {
}
