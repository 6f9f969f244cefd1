package org.ungis.membership.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ungis.membership.organization.Alias;
import org.ungis.membership.organization.Classification;
import org.ungis.membership.organization.OrganizationDetails;
import org.ungis.membership.organization.OrganizationRepository;
import org.ungis.membership.organization.OrganizationService;
import org.ungis.membership.organization.OrganizationView;
import org.ungis.membership.participation.Admission;
import org.ungis.membership.participation.ParticipationService;
import org.ungis.membership.participation.ParticipationStatus;
import org.ungis.platform.dates.DatePrecision;
import org.ungis.membership.post.PostAssignment;
import org.ungis.membership.post.PostKind;
import org.ungis.membership.post.PostService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads UNGIS's membership as the seed document states it (seed/ungis-membership.json) on the
 * first start with an empty database, through the same service code as the API, so the seed
 * emits change events like any other change. All or nothing, in one transaction; instances
 * starting together take turns on an advisory lock, and the second finds the data there.
 */
@ApplicationScoped
public class MembershipSeed {
    private static final Logger LOG = Logger.getLogger(MembershipSeed.class);
    private static final long SEED_LOCK = 0x7365656421L;

    private final OrganizationRepository organizations;
    private final OrganizationService organizationService;
    private final ParticipationService participationService;
    private final PostService postService;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final boolean enabled;

    public MembershipSeed(OrganizationRepository organizations, OrganizationService organizationService,
            ParticipationService participationService, PostService postService, EntityManager entityManager,
            ObjectMapper objectMapper, @ConfigProperty(name = "ungis.membership.seed.enabled", defaultValue = "true") boolean enabled) {
        this.organizations = organizations;
        this.organizationService = organizationService;
        this.participationService = participationService;
        this.postService = postService;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::seedIfEmpty);
        }
    }

    private void seedIfEmpty() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SEED_LOCK).getSingleResult();
        if (organizations.count() > 0) {
            return;
        }
        Seed seed = read();
        for (SeedOrganization organization : seed.organizations()) {
            OrganizationView created = organizationService.create(new OrganizationDetails(organization.acronym(),
                    organization.name(), organization.classification(), null, organization.aliases(), List.of()));
            participationService.admit(created.id().toString(), OptionalLong.empty(),
                    new Admission(organization.status(), null));
        }
        for (SeedPost post : seed.posts()) {
            postService.assign(new PostAssignment(post.kind(), post.holder(), post.termStart(), post.termEnd(),
                    post.precision(), post.onBehalfOf(), post.permanent()));
        }
        LOG.infof("seeded %d organizations and %d posts", seed.organizations().size(), seed.posts().size());
    }

    private Seed read() {
        try (InputStream in = MembershipSeed.class.getResourceAsStream("/seed/ungis-membership.json")) {
            return objectMapper.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the membership seed", e);
        }
    }

    record Seed(String source, List<SeedOrganization> organizations, List<SeedPost> posts) {
    }

    record SeedOrganization(String acronym, String name, Classification classification, ParticipationStatus status,
            List<Alias> aliases) {
    }

    record SeedPost(PostKind kind, String holder, LocalDate termStart, LocalDate termEnd, DatePrecision precision,
            String onBehalfOf, boolean permanent) {
    }
}
