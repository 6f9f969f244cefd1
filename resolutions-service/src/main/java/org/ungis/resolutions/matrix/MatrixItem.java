package org.ungis.resolutions.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry on one axis of the matrix: an action line, an SDG, a GDC objective or commitment. */
@Entity
@Table(name = "matrix_item")
public class MatrixItem {
    @Id
    String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MatrixAxis axis;

    String title;

    @Column(name = "parent_code")
    String parentCode;

    @Column(nullable = false)
    int position;

    protected MatrixItem() {
    }

    MatrixItem(MatrixItemView item, int position) {
        this.code = item.code();
        this.axis = item.axis();
        this.title = item.title();
        this.parentCode = item.parent();
        this.position = position;
    }

    MatrixAxis axis() {
        return axis;
    }

    MatrixItemView toView() {
        return new MatrixItemView(code, axis, title, parentCode);
    }
}
