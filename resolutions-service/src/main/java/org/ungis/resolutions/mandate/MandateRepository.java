package org.ungis.resolutions.mandate;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MandateRepository implements PanacheRepositoryBase<Mandate, UUID> {
}
