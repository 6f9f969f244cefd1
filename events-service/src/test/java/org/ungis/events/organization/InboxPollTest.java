package org.ungis.events.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.events.EventsApi;
import org.ungis.platform.inbox.Inbox;
import org.ungis.platform.inbox.Inbox.Outcome;
import org.ungis.platform.inbox.ReceivedChangeEvent;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A poll's events claimed and applied together: the replica gets the newest state of each
 * organization once, every event gets its outcome, a copy in the same poll is a duplicate and an
 * event older than what was applied before is stale.
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class InboxPollTest {
    @Inject
    Inbox inbox;

    @Inject
    OrganizationReplicaUpdater updater;

    @Inject
    OrganizationReplicaRepository replicas;

    @Inject
    EntityManager entityManager;

    @Test
    void appliesTheNewestOfEachOrganizationAndGivesEveryEventItsOutcome() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        ReceivedChangeEvent firstCreated = event(first, "PA", List.of(), 0);
        ReceivedChangeEvent firstRenamed = event(first, "PB", List.of("PA"), 1);
        ReceivedChangeEvent secondCreated = event(second, "QA", List.of(), 0);
        ReceivedChangeEvent copy = firstRenamed; // read twice in one poll

        List<Outcome> outcomes = poll(List.of(firstCreated, firstRenamed, secondCreated, copy));

        assertThat(outcomes).containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED, Outcome.DUPLICATE);
        assertThat(replica(first)).isEqualTo("PB 1 [PA]");
        assertThat(replica(second)).isEqualTo("QA 0 []");
        assertThat(recorded(firstCreated.id())).isEqualTo("APPLIED");
        assertThat(recorded(firstRenamed.id())).isEqualTo("APPLIED");

        // the next poll: a copy of an applied event, one older than the applied version, and a newer one
        ReceivedChangeEvent stale = event(first, "OLD", List.of(), 0);
        ReceivedChangeEvent secondRenamed = event(second, "QB", List.of("QA"), 1);
        assertThat(poll(List.of(firstCreated, stale, secondRenamed)))
                .containsExactly(Outcome.DUPLICATE, Outcome.STALE, Outcome.APPLIED);
        assertThat(replica(first)).as("untouched by the stale event").isEqualTo("PB 1 [PA]");
        assertThat(replica(second)).isEqualTo("QB 1 [QA]");
        assertThat(recorded(stale.id())).isEqualTo("STALE");
    }

    @Test
    void aPollWhoseEventsAreAllKnownChangesNothing() {
        String id = UUID.randomUUID().toString();
        ReceivedChangeEvent created = event(id, "RA", List.of(), 3);
        assertThat(poll(List.of(created))).containsExactly(Outcome.APPLIED);
        ReceivedChangeEvent older = event(id, "RB", List.of(), 2);
        ReceivedChangeEvent same = event(id, "RC", List.of(), 3);
        assertThat(poll(List.of(created, older, same)))
                .containsExactly(Outcome.DUPLICATE, Outcome.STALE, Outcome.STALE);
        assertThat(replica(id)).isEqualTo("RA 3 []");
    }

    private List<Outcome> poll(List<ReceivedChangeEvent> events) {
        return QuarkusTransaction.requiringNew().call(() -> inbox.applyAllWithin(updater, events));
    }

    private static ReceivedChangeEvent event(String organization, String acronym, List<String> aliases, long version) {
        String state = EventsApi.organizationState(organization, acronym, acronym + " organization", aliases, version);
        return new ReceivedChangeEvent(UUID.randomUUID().toString(), ChangeEventType.ORGANIZATION_RENAMED, organization,
                Instant.now(), version, state.getBytes(StandardCharsets.UTF_8));
    }

    private String replica(String id) {
        return QuarkusTransaction.requiringNew().call(() -> replicas.findByIdOptional(UUID.fromString(id))
                .map(replica -> replica.acronym() + " " + replica.version() + " " + aliases(id)).orElse("none"));
    }

    private List<?> aliases(String id) {
        return entityManager.createNativeQuery(
                "select value from organization_replica_alias where organization_id = ?1 order by position")
                .setParameter(1, UUID.fromString(id)).getResultList();
    }

    private String recorded(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select outcome from inbox_processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult());
    }
}
