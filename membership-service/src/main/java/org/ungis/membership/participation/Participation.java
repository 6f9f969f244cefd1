package org.ungis.membership.participation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ungis.changeevents.membership.OrganizationState.ParticipationPeriod;
import org.ungis.membership.organization.Organization;

/**
 * A period in which an organization took part in UNGIS in one capacity: [since, until). Periods
 * are closed and opened, never rewritten; {@code since} is null where the start is not recorded.
 */
@Entity
@Table(name = "participation")
public class Participation {
    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ParticipationStatus status;

    LocalDate since;

    LocalDate until;

    protected Participation() {
    }

    public Participation(Organization organization, ParticipationStatus status, LocalDate since) {
        this.id = UUID.randomUUID();
        this.organization = organization;
        this.status = status;
        this.since = since;
    }

    public ParticipationStatus status() {
        return status;
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate until() {
        return until;
    }

    public boolean isOpen() {
        return until == null;
    }

    /** Whether the organization took part in this capacity on {@code day}. */
    public boolean covers(LocalDate day) {
        return (since == null || !day.isBefore(since)) && (until == null || day.isBefore(until));
    }

    public void close(LocalDate on) {
        this.until = on;
    }

    public ParticipationPeriod toPeriod() {
        return new ParticipationPeriod(status.name(), since, until);
    }
}
