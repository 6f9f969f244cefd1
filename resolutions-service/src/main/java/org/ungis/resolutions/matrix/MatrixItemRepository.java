package org.ungis.resolutions.matrix;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MatrixItemRepository implements PanacheRepositoryBase<MatrixItem, String> {

    public List<MatrixItem> onAxis(MatrixAxis axis) {
        return list("axis", Sort.by("position"), axis);
    }
}
