package org.ungis.resolutions.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An action line or SDG a matrix row links to. */
@Embeddable
public record RowItem(
        @Column(name = "item_code", nullable = false) String code,
        @Enumerated(EnumType.STRING) @Column(name = "axis", nullable = false) MatrixAxis axis) {
}
