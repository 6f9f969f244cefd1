package org.ungis.membership.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.membership.OrganizationState;
import org.ungis.membership.participation.Participation;
import org.ungis.membership.participation.ParticipationStatus;
import org.ungis.platform.dates.DatePrecision;
import org.ungis.membership.post.PostKind;
import org.ungis.membership.post.PostTerm;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/**
 * An organization of the UN system: its names, its participation in UNGIS over time and the
 * posts it holds. The aggregate root: every change to it, its periods or its posts goes through
 * a method here and raises its version. Its id never changes; renaming keeps the former acronym
 * and name as aliases.
 */
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

    @ElementCollection
    @CollectionTable(name = "organization_alias", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    List<Alias> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_identifier", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    List<Identifier> identifiers = new ArrayList<>();

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    List<Participation> participation = new ArrayList<>();

    @OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
    List<PostTerm> posts = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Organization() {
    }

    Organization(OrganizationDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.acronym = details.acronym().strip();
        this.name = details.name().strip();
        this.createdAt = now;
        describe(details, now);
    }

    public UUID id() {
        return id;
    }

    public String acronym() {
        return acronym;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Renames when acronym or name differ (the former ones become aliases); true if it did. */
    boolean rename(String newAcronym, String newName, Instant now) {
        String acronymValue = newAcronym.strip();
        String nameValue = newName.strip();
        boolean renamed = false;
        if (!acronymValue.equals(acronym)) {
            aliases.removeIf(alias -> alias.value().equalsIgnoreCase(acronymValue));
            if (!acronymValue.equalsIgnoreCase(acronym)) {
                aliases.add(new Alias(acronym, AliasKind.FORMER_ACRONYM));
            }
            acronym = acronymValue;
            renamed = true;
        }
        if (!nameValue.equals(name)) {
            aliases.removeIf(alias -> alias.value().equalsIgnoreCase(nameValue));
            if (!nameValue.equalsIgnoreCase(name)) {
                aliases.add(new Alias(name, AliasKind.FORMER_NAME));
            }
            name = nameValue;
            renamed = true;
        }
        if (renamed) {
            updatedAt = now;
        }
        return renamed;
    }

    /** Sets classification, website, identifiers, and aliases when given; true if anything changed. */
    boolean describe(OrganizationDetails details, Instant now) {
        List<Alias> newAliases = details.aliases() == null ? aliases : List.copyOf(details.aliases());
        List<Identifier> newIdentifiers = details.identifiers() == null ? identifiers : List.copyOf(details.identifiers());
        boolean changed = classification != details.classification()
                || !java.util.Objects.equals(website, details.website())
                || !newAliases.equals(aliases) || !newIdentifiers.equals(identifiers);
        if (changed) {
            classification = details.classification();
            website = details.website();
            aliases = new ArrayList<>(newAliases);
            identifiers = new ArrayList<>(newIdentifiers);
            updatedAt = now;
        }
        return changed;
    }

    public void admit(ParticipationStatus status, LocalDate since, Instant now) {
        Optional<Participation> open = openPeriod();
        if (open.isPresent()) {
            throw ProblemException.conflict("already-participating",
                    acronym + " already takes part in UNGIS as " + open.get().status() + ".");
        }
        LocalDate lastEnd = participation.stream().map(Participation::until).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (lastEnd != null && (since == null || since.isBefore(lastEnd))) {
            throw ProblemException.unprocessable("invalid-date-range",
                    "A new period cannot start before the last one ended (" + lastEnd + ").",
                    List.of(new FieldError("since", "must be on or after " + lastEnd)));
        }
        participation.add(new Participation(this, status, since));
        updatedAt = now;
    }

    public void changeStatus(ParticipationStatus status, LocalDate on, Instant now) {
        Participation open = requireOpenPeriod();
        if (open.status() == status) {
            throw ProblemException.conflict("status-unchanged", acronym + " already takes part as " + status + ".");
        }
        requireAfterStart(open, on, "on");
        open.close(on);
        participation.add(new Participation(this, status, on));
        updatedAt = now;
    }

    public void withdraw(LocalDate on, Instant now) {
        Participation open = requireOpenPeriod();
        requireAfterStart(open, on, "on");
        LocalDate lastDay = on.minusDays(1);
        posts.stream().filter(post -> post.termEnd() == null || post.termEnd().isAfter(lastDay))
                .filter(post -> post.termStart() == null || !post.termStart().isAfter(lastDay))
                .findFirst().ifPresent(post -> {
                    throw ProblemException.conflict("holds-post", acronym + " holds the " + post.kind()
                            + " post until " + (post.termEnd() == null ? "further notice" : post.termEnd())
                            + "; end that term first.");
                });
        open.close(on);
        updatedAt = now;
    }

    /** Takes a term in a post; the holder must take part in UNGIS for the whole term. */
    public PostTerm assignPost(PostKind kind, LocalDate termStart, LocalDate termEnd, DatePrecision precision,
            String onBehalfOf, boolean permanent, Instant now) {
        if (termEnd != null && termStart != null && termEnd.isBefore(termStart)) {
            throw ProblemException.unprocessable("invalid-date-range", "A term cannot end before it starts.",
                    List.of(new FieldError("termEnd", "must not be before termStart")));
        }
        if (permanent && termEnd != null) {
            throw ProblemException.unprocessable("invalid-date-range", "A permanent post has no end date.",
                    List.of(new FieldError("termEnd", "must be absent for a permanent post")));
        }
        if (!participatesThroughout(termStart, termEnd)) {
            throw ProblemException.unprocessable("holder-not-participant",
                    acronym + " does not take part in UNGIS (as member or observer) for the whole term.",
                    List.of(new FieldError("holder", "must be a member or observer from termStart to termEnd")));
        }
        PostTerm term = new PostTerm(this, kind, termStart, termEnd, precision, onBehalfOf, permanent);
        posts.add(term);
        updatedAt = now;
        return term;
    }

    public void endPost(PostTerm term, LocalDate lastDay, Instant now) {
        if (term.termStart() != null && lastDay.isBefore(term.termStart())) {
            throw ProblemException.unprocessable("invalid-date-range", "A term cannot end before it starts.",
                    List.of(new FieldError("termEnd", "must not be before " + term.termStart())));
        }
        if (term.termEnd() != null && lastDay.isAfter(term.termEnd())) {
            throw ProblemException.unprocessable("invalid-date-range",
                    "A term can be ended early, not extended (it ends " + term.termEnd() + ").",
                    List.of(new FieldError("termEnd", "must not be after " + term.termEnd())));
        }
        term.end(lastDay);
        updatedAt = now;
    }

    /** Status on {@code day}, empty when not taking part. */
    public Optional<ParticipationStatus> statusOn(LocalDate day) {
        return participation.stream().filter(period -> period.covers(day)).map(Participation::status).findFirst();
    }

    /** Whether consecutive periods cover [from, to] (from null: since before records; to null: open-ended). */
    private boolean participatesThroughout(LocalDate from, LocalDate to) {
        LocalDate day = from;
        List<Participation> periods = participation.stream()
                .sorted(Comparator.comparing(Participation::since, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        for (Participation period : periods) {
            boolean covers = day == null ? period.since() == null : period.covers(day);
            if (covers) {
                if (period.until() == null) {
                    return true;
                }
                if (to != null && !period.until().isBefore(to.plusDays(1))) {
                    return true;
                }
                day = period.until();
            }
        }
        return false;
    }

    private Optional<Participation> openPeriod() {
        return participation.stream().filter(Participation::isOpen).findFirst();
    }

    private Participation requireOpenPeriod() {
        return openPeriod().orElseThrow(() -> ProblemException.conflict("not-participating",
                acronym + " does not take part in UNGIS at present."));
    }

    private static void requireAfterStart(Participation open, LocalDate on, String field) {
        if (open.since() != null && !on.isAfter(open.since())) {
            throw ProblemException.unprocessable("invalid-date-range",
                    "The change must come after the current period began (" + open.since() + ").",
                    List.of(new FieldError(field, "must be after " + open.since())));
        }
    }

    OrganizationState toState() {
        return new OrganizationState(id.toString(), acronym, name, classification.name(), website,
                aliases.stream().map(alias -> new OrganizationState.Alias(alias.value(), alias.kind().name())).toList(),
                identifiers.stream().map(identifier -> new OrganizationState.Identifier(identifier.scheme(),
                        identifier.value())).toList(),
                statusOn(LocalDate.now()).map(Enum::name).orElse(null),
                participation.stream()
                        .sorted(Comparator.comparing(Participation::since, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .map(Participation::toPeriod).toList(),
                posts.stream().sorted(Comparator.comparing(PostTerm::termStart, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .map(PostTerm::toPost).toList(),
                createdAt, updatedAt, version);
    }

    OrganizationView toView(LocalDate asOf) {
        return OrganizationView.of(toState(), asOf);
    }
}
