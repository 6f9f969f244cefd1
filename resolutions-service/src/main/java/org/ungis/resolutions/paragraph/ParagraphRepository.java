package org.ungis.resolutions.paragraph;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParagraphRepository implements PanacheRepositoryBase<Paragraph, UUID> {
}
