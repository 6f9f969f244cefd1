package org.ungis.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.events.EventState;

/** A meeting or forum: when it takes place and where it stands. */
@Entity
@Table(name = "event")
public class Event {
    @Id
    UUID id;

    @Column(nullable = false)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EventKind kind;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EventStatus status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Event() {
    }

    Event(String title, EventKind kind, LocalDate startDate, LocalDate endDate, Instant now) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.kind = kind;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = EventStatus.PLANNED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    EventState toState() {
        return new EventState(id.toString(), title, kind.name(), startDate, endDate, status.name(), updatedAt, version);
    }

    EventView toView() {
        return new EventView(id, title, kind, startDate, endDate, status, createdAt, updatedAt, version);
    }
}
