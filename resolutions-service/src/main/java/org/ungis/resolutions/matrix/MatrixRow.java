package org.ungis.resolutions.matrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.resolutions.MatrixRowState;

/**
 * A row of the WSIS Process and 2030 Agenda - GDC matrix: a GDC objective or commitment, the
 * action lines and SDGs it maps to, and the organizations and mechanisms that carry it.
 */
@Entity
@Table(name = "matrix_row")
public class MatrixRow {
    @Id
    UUID id;

    @Column(name = "gdc_code", nullable = false)
    String gdcCode;

    String description;

    @ElementCollection
    @CollectionTable(name = "matrix_row_item", joinColumns = @JoinColumn(name = "row_id"))
    @OrderColumn(name = "position")
    List<RowItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "matrix_row_organization", joinColumns = @JoinColumn(name = "row_id"))
    @OrderColumn(name = "position")
    @Column(name = "organization_id", nullable = false)
    List<UUID> organizations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "matrix_row_mechanism", joinColumns = @JoinColumn(name = "row_id"))
    @OrderColumn(name = "position")
    @Column(name = "mechanism", nullable = false)
    List<String> mechanisms = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected MatrixRow() {
    }

    MatrixRow(String gdcCode, Instant now) {
        this.id = UUID.randomUUID();
        this.gdcCode = gdcCode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** Replaces what the row links; true if anything changed. */
    boolean link(String newGdcCode, List<RowItem> newItems, List<UUID> newOrganizations, List<String> newMechanisms,
            String newDescription, Instant now) {
        String describedAs = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        boolean changed = !newGdcCode.equals(gdcCode) || !newItems.equals(items) || !newOrganizations.equals(organizations)
                || !newMechanisms.equals(mechanisms) || !Objects.equals(describedAs, description);
        if (changed) {
            gdcCode = newGdcCode;
            items.clear();
            items.addAll(newItems);
            organizations.clear();
            organizations.addAll(newOrganizations);
            mechanisms.clear();
            mechanisms.addAll(newMechanisms);
            description = describedAs;
            updatedAt = now;
        }
        return changed;
    }

    MatrixRowState toState() {
        return new MatrixRowState(id.toString(), gdcCode, codes(MatrixAxis.ACTION_LINE), codes(MatrixAxis.SDG),
                organizations.stream().map(UUID::toString).toList(), List.copyOf(mechanisms), description, updatedAt,
                version);
    }

    private List<String> codes(MatrixAxis axis) {
        return items.stream().filter(item -> item.axis() == axis).map(RowItem::code).toList();
    }
}
