package org.ungis.resolutions.matrix;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MatrixRepository implements PanacheRepositoryBase<MatrixRow, UUID> {
}
