package org.ungis.events.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {
}
