package org.ungis.resolutions.mandate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.resolutions.MandateState;
import org.ungis.resolutions.event.EventEdition;

/** What a paragraph asks of a body: a deliverable, due by a date, an event, or both. */
@Entity
@Table(name = "mandate")
public class Mandate {
    @Id
    UUID id;

    @Column(name = "document_id", nullable = false)
    UUID documentId;

    @Column(name = "paragraph_anchor", nullable = false)
    String paragraphAnchor;

    @Column(name = "tasked_body", nullable = false)
    String taskedBody;

    @Column(nullable = false)
    String deliverable;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "due_event")
    String dueEvent;

    @Column(name = "due_event_series")
    String dueEventSeries;

    @Column(name = "due_event_edition")
    String dueEventEdition;

    /** OPEN or DELIVERED; never OVERDUE, which is derived. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MandateStatus status;

    @Column(name = "delivered_on")
    LocalDate deliveredOn;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Mandate() {
    }

    Mandate(UUID documentId, String paragraphAnchor, MandateDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.paragraphAnchor = paragraphAnchor;
        this.createdAt = now;
        this.status = MandateStatus.OPEN;
        describe(details, now);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** Sets what is asked, of whom, by when, and whether it was delivered; true if anything changed. */
    boolean describe(MandateDetails details, Instant now) {
        MandateStatus newStatus = details.status() == null ? status : details.status();
        LocalDate newDeliveredOn = newStatus == MandateStatus.DELIVERED ? details.deliveredOn() : null;
        String newDueEvent = details.dueEvent() == null || details.dueEvent().isBlank() ? null : details.dueEvent().strip();
        EventEdition newEdition = details.dueEventEdition();
        boolean changed = !details.taskedBody().strip().equals(taskedBody)
                || !details.deliverable().strip().equals(deliverable) || !Objects.equals(dueOn, details.dueOn())
                || !Objects.equals(dueEvent, newDueEvent) || !Objects.equals(dueEventEdition(), newEdition)
                || newStatus != status
                || !Objects.equals(deliveredOn, newDeliveredOn);
        if (changed) {
            taskedBody = details.taskedBody().strip();
            deliverable = details.deliverable().strip();
            dueOn = details.dueOn();
            dueEvent = newDueEvent;
            dueEventSeries = newEdition == null ? null : newEdition.series();
            dueEventEdition = newEdition == null ? null : newEdition.edition();
            status = newStatus;
            deliveredOn = newDeliveredOn;
            updatedAt = now;
        }
        return changed;
    }

    MandateState toState(String paragraphAddress) {
        return new MandateState(id.toString(), documentId.toString(), paragraphAddress, taskedBody, deliverable, dueOn,
                dueEvent, status.name(), deliveredOn, updatedAt, version, dueEventSeries, dueEventEdition);
    }

    private EventEdition dueEventEdition() {
        return dueEventSeries == null ? null : new EventEdition(dueEventSeries, dueEventEdition);
    }

    UUID documentId() {
        return documentId;
    }

    String paragraphAnchor() {
        return paragraphAnchor;
    }
}
