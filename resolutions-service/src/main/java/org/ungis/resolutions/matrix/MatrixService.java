package org.ungis.resolutions.matrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.platform.outbox.Outbox;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.versioning.VersionPreconditions;
import org.ungis.resolutions.Sql;
import org.ungis.resolutions.matrix.MatrixRowView.OrganizationRef;
import org.ungis.resolutions.organization.OrganizationDirectory;

/** The matrix's axes and rows; each row change is recorded as a change event in its transaction. */
@ApplicationScoped
public class MatrixService {
    private final MatrixItemRepository items;
    private final MatrixRepository rows;
    private final OrganizationDirectory organizations;
    private final Sql sql;
    private final Outbox outbox;

    public MatrixService(MatrixItemRepository items, MatrixRepository rows, OrganizationDirectory organizations, Sql sql,
            Outbox outbox) {
        this.items = items;
        this.rows = rows;
        this.organizations = organizations;
        this.sql = sql;
        this.outbox = outbox;
    }

    @Transactional
    public List<MatrixItemView> items(Optional<MatrixAxis> axis) {
        List<MatrixItem> found = axis.map(items::onAxis).orElseGet(() -> items.listAll().stream()
                .sorted(Comparator.comparing((MatrixItem item) -> item.axis).thenComparing(item -> item.position))
                .toList());
        return found.stream().map(MatrixItem::toView).toList();
    }

    /** Adds an entry to an axis (a GDC commitment under its objective, an action line's sub-line...). */
    @Transactional
    public MatrixItemView addItem(MatrixItemView item) {
        if (items.findByIdOptional(item.code()).isPresent()) {
            throw ProblemException.conflict("duplicate-code", "The matrix already has an item '" + item.code() + "'.");
        }
        if (item.parent() != null) {
            MatrixAxis parentAxis = items.findByIdOptional(item.parent()).map(MatrixItem::axis).orElse(null);
            MatrixAxis expected = item.axis() == MatrixAxis.GDC_COMMITMENT ? MatrixAxis.GDC_OBJECTIVE : item.axis();
            if (parentAxis != expected) {
                throw ProblemException.unprocessable("unknown-matrix-item", "The parent of a " + item.axis()
                        + " is a " + expected + " of the matrix.", List.of(new FieldError("parent", "is not a " + expected)));
            }
        } else if (item.axis() == MatrixAxis.GDC_COMMITMENT) {
            throw ProblemException.unprocessable("unknown-matrix-item", "A GDC commitment belongs to an objective.",
                    List.of(new FieldError("parent", "is required for a GDC_COMMITMENT")));
        }
        long position = items.count("axis", item.axis()) + 1;
        MatrixItem added = new MatrixItem(item, (int) position);
        items.persist(added);
        return added.toView();
    }

    @Transactional
    public MatrixRowView create(MatrixRowDetails details) {
        Map<String, MatrixItem> known = knownItems();
        MatrixRow row = new MatrixRow(gdcCode(details, known), Instant.now());
        link(row, details, known);
        rows.persist(row);
        return recordChange(row, known);
    }

    @Transactional
    public MatrixRowView update(String id, OptionalLong expectedVersion, MatrixRowDetails details) {
        MatrixRow row = find(id);
        rows.getEntityManager().refresh(row, LockModeType.PESSIMISTIC_WRITE);
        VersionPreconditions.require(expectedVersion, row.version(), "row");
        Map<String, MatrixItem> known = knownItems();
        if (!link(row, details, known)) {
            return view(row, known, acronyms(row.organizations));
        }
        return recordChange(row, known);
    }

    @Transactional
    public MatrixRowView row(String id) {
        MatrixRow row = find(id);
        return view(row, knownItems(), acronyms(row.organizations));
    }

    /**
     * The rows that link {@code item} (a GDC objective or commitment, an action line, an SDG; an
     * action line also finds its sub-lines, an objective its commitments) and {@code organization}.
     */
    @Transactional
    public List<MatrixRowView> rows(Optional<String> item, Optional<String> organization) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        item.ifPresent(code -> {
            conditions.add("""
                    (r.gdc_code in (select code from matrix_item where code = ? or parent_code = ?)
                     or exists (select 1 from matrix_row_item i join matrix_item m on m.code = i.item_code
                                where i.row_id = r.id and (m.code = ? or m.parent_code = ?)))""");
            params.addAll(List.of(code, code, code, code));
        });
        organization.ifPresent(key -> {
            conditions.add("exists (select 1 from matrix_row_organization o where o.row_id = r.id and o.organization_id = ?)");
            params.add(organizations.idOf(key)
                    .orElseThrow(() -> ProblemException.invalid("organization", "names no organization known here")));
        });
        List<UUID> ids = sql.list("select r.id from matrix_row r "
                + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions))
                + " order by r.gdc_code, r.created_at, r.id", params, result -> Sql.uuid(result, "id"));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, MatrixRow> loaded = rows.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(MatrixRow::id, Function.identity()));
        Map<String, MatrixItem> known = knownItems();
        Map<UUID, String> acronyms = acronyms(loaded.values().stream().flatMap(row -> row.organizations.stream()).toList());
        return ids.stream().map(loaded::get).map(row -> view(row, known, acronyms)).toList();
    }

    private MatrixRowView recordChange(MatrixRow row, Map<String, MatrixItem> known) {
        rows.flush();
        outbox.record(ChangeEventType.MATRIX_ROW_CHANGED, row.toState());
        return view(row, known, acronyms(row.organizations));
    }

    /** Checks every code and organization, then links them; 422 naming each that is unknown. */
    private boolean link(MatrixRow row, MatrixRowDetails details, Map<String, MatrixItem> known) {
        List<FieldError> errors = new ArrayList<>();
        String gdc = gdcCode(details, known);
        List<RowItem> linked = new ArrayList<>();
        collect(details.actionLinesOrEmpty(), "actionLines", MatrixAxis.ACTION_LINE, known, linked, errors);
        collect(details.sdgsOrEmpty(), "sdgs", MatrixAxis.SDG, known, linked, errors);
        List<UUID> carriers = new ArrayList<>();
        List<String> named = details.organizationsOrEmpty();
        for (int i = 0; i < named.size(); i++) {
            Optional<UUID> id = organizations.idOf(named.get(i));
            if (id.isEmpty()) {
                errors.add(new FieldError("organizations[" + i + "]", "names no organization known here"));
            } else if (!carriers.contains(id.get())) {
                carriers.add(id.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("unknown-matrix-item", "The row names items or organizations the "
                    + "matrix does not have.", errors);
        }
        List<String> mechanisms = details.mechanismsOrEmpty().stream().map(String::strip).distinct().toList();
        return row.link(gdc, linked, carriers, mechanisms, details.description(), Instant.now());
    }

    private static String gdcCode(MatrixRowDetails details, Map<String, MatrixItem> known) {
        MatrixItem gdc = known.get(details.gdc().strip());
        if (gdc == null || (gdc.axis() != MatrixAxis.GDC_OBJECTIVE && gdc.axis() != MatrixAxis.GDC_COMMITMENT)) {
            throw ProblemException.unprocessable("unknown-matrix-item", "A row starts from a GDC objective or commitment.",
                    List.of(new FieldError("gdc", "is not a GDC objective or commitment of the matrix")));
        }
        return gdc.code;
    }

    private static void collect(List<String> codes, String field, MatrixAxis axis, Map<String, MatrixItem> known,
            List<RowItem> linked, List<FieldError> errors) {
        for (int i = 0; i < codes.size(); i++) {
            MatrixItem item = known.get(codes.get(i).strip());
            if (item == null || item.axis() != axis) {
                errors.add(new FieldError(field + "[" + i + "]", "is not a " + axis + " of the matrix"));
            } else if (linked.stream().noneMatch(existing -> existing.code().equals(item.code))) {
                linked.add(new RowItem(item.code, axis));
            }
        }
    }

    private Map<String, MatrixItem> knownItems() {
        return items.listAll().stream().collect(Collectors.toMap(item -> item.code, Function.identity()));
    }

    private Map<UUID, String> acronyms(List<UUID> ids) {
        Map<UUID, String> acronyms = new HashMap<>();
        if (!ids.isEmpty()) {
            sql.list("select id, acronym from organization_replica where id = any(?)",
                    List.of((Object) ids.toArray(UUID[]::new)), result -> acronyms.put(Sql.uuid(result, "id"),
                            result.getString("acronym")));
        }
        return acronyms;
    }

    private MatrixRow find(String id) {
        try {
            return rows.findByIdOptional(UUID.fromString(id.strip()))
                    .orElseThrow(() -> ProblemException.notFound("matrix row", id));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("matrix row", id);
        }
    }

    private static MatrixRowView view(MatrixRow row, Map<String, MatrixItem> known, Map<UUID, String> acronyms) {
        return new MatrixRowView(row.id(), known.get(row.gdcCode).toView(),
                row.items.stream().filter(item -> item.axis() == MatrixAxis.ACTION_LINE)
                        .map(item -> known.get(item.code()).toView()).toList(),
                row.items.stream().filter(item -> item.axis() == MatrixAxis.SDG)
                        .map(item -> known.get(item.code()).toView()).toList(),
                row.organizations.stream().map(id -> new OrganizationRef(id, acronyms.get(id))).toList(),
                List.copyOf(row.mechanisms), row.description, row.updatedAt, row.version());
    }
}
