package org.ungis.membership.organization;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.membership.OrganizationState;

/** An organization with a stable id; its acronym and name may change, its id never does. */
@Entity
@Table(name = "organization")
public class Organization {
    @Id
    UUID id;

    @Column(nullable = false)
    String acronym;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Classification classification;

    String website;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Organization() {
    }

    Organization(String acronym, String name, Classification classification, String website, Instant now) {
        this.id = UUID.randomUUID();
        this.acronym = acronym;
        this.name = name;
        this.classification = classification;
        this.website = website;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    OrganizationState toState() {
        return new OrganizationState(id.toString(), acronym, name, classification.name(), website, updatedAt, version);
    }

    OrganizationView toView() {
        return new OrganizationView(id, acronym, name, classification, website, createdAt, updatedAt, version);
    }
}
