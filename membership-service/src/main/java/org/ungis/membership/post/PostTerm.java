package org.ungis.membership.post;

import org.ungis.platform.dates.DatePrecision;

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

import org.ungis.changeevents.membership.OrganizationState.Post;
import org.ungis.membership.organization.Organization;

/** One organization's term in a post: [termStart, termEnd], termEnd null while permanent. */
@Entity
@Table(name = "post")
public class PostTerm {
    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id")
    Organization holder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PostKind kind;

    @Column(nullable = false)
    String seat;

    /** Null when the start is not recorded (ITU's secretariat). */
    @Column(name = "term_start")
    LocalDate termStart;

    @Column(name = "term_end")
    LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DatePrecision precision;

    @Column(name = "on_behalf_of")
    String onBehalfOf;

    @Column(nullable = false)
    boolean permanent;

    protected PostTerm() {
    }

    public PostTerm(Organization holder, PostKind kind, LocalDate termStart, LocalDate termEnd, DatePrecision precision,
            String onBehalfOf, boolean permanent) {
        this.id = UUID.randomUUID();
        this.holder = holder;
        this.kind = kind;
        this.seat = kind.seat(holder.id());
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.precision = precision;
        this.onBehalfOf = onBehalfOf;
        this.permanent = permanent;
    }

    public UUID id() {
        return id;
    }

    public Organization holder() {
        return holder;
    }

    public PostKind kind() {
        return kind;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    /** Ends the term on {@code lastDay} (inclusive); a permanent post stops being permanent. */
    public void end(LocalDate lastDay) {
        this.termEnd = lastDay;
        this.permanent = false;
    }

    public Post toPost() {
        return new Post(id.toString(), kind.name(), termStart, termEnd, precision.name(), onBehalfOf, permanent);
    }

    public PostView toView() {
        return PostView.of(toPost(), holder.id(), holder.acronym());
    }
}
