package org.ungis.events.event;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** Something that belongs to an event's aggregate, in the order it was added: a session, an outcome. */
@MappedSuperclass
public abstract class EventPart {
    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    Event event;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    String title;

    protected EventPart() {
    }

    protected EventPart(Event event, int position, String title) {
        this.id = UUID.randomUUID();
        this.event = event;
        this.position = position;
        this.title = title.strip();
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }
}
