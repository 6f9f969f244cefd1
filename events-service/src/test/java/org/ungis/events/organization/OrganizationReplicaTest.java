package org.ungis.events.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.events.EventsApi;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;
import org.ungis.testing.TopicWriter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Idempotent consumption, seen through the organization replica events-service keeps. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class OrganizationReplicaTest {
    private static final String TOPIC = ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName();
    private static final String CREATED = ChangeEventType.ORGANIZATION_CREATED.type();

    @Inject
    OrganizationReplicaRepository replicas;

    @Inject
    EntityManager entityManager;

    @Test
    void followsOrganizationEventsAndIgnoresDuplicatesAndStaleVersions() {
        String id = UUID.randomUUID().toString();
        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, id, state(id, "UNWTO", "World Tourism Organization", 0));
        awaitReplica(id, replica -> "UNWTO".equals(replica.acronym()));

        String renameId = UUID.randomUUID().toString();
        TopicWriter.sendChangeEvent(TOPIC, renameId, CREATED, id, state(id, "UN Tourism", "UN Tourism", 1));
        awaitReplica(id, replica -> replica.version() == 1);

        // the same event id again, with other content: a redelivery, skipped
        TopicWriter.sendChangeEvent(TOPIC, renameId, CREATED, id, state(id, "DUPLICATE", "Duplicate", 2));
        // a new event id with an older version: stale, ignored
        String staleId = UUID.randomUUID().toString();
        TopicWriter.sendChangeEvent(TOPIC, staleId, CREATED, id, state(id, "STALE", "Stale", 0));
        // same key, same partition: once the stale one is recorded, the duplicate was handled too
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> "STALE".equals(outcome(staleId)));

        assertThat(outcome(renameId)).isEqualTo("APPLIED");
        OrganizationReplica replica = find(id).orElseThrow();
        assertThat(replica.acronym()).isEqualTo("UN Tourism");
        assertThat(replica.version()).isEqualTo(1);
    }

    /** Aliases follow the announced list: added, replaced in place, cut short, emptied; each resolves while it is listed. */
    @Test
    void followsTheAliasesAsAnnounced() {
        String id = UUID.randomUUID().toString();
        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, id,
                EventsApi.organizationState(id, "NOW", "Now", java.util.List.of("FORMER1", "FORMER2"), 0));
        awaitReplica(id, replica -> replica.version() == 0);
        assertThat(aliases(id)).containsExactly("FORMER1", "FORMER2");
        assertThat(QuarkusTransaction.requiringNew().call(() -> replicas.idByKey("former2")))
                .contains(UUID.fromString(id));

        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, id,
                EventsApi.organizationState(id, "NOW", "Now", java.util.List.of("FORMER1", "OTHER", "THIRD"), 1));
        awaitReplica(id, replica -> replica.version() == 1);
        assertThat(aliases(id)).containsExactly("FORMER1", "OTHER", "THIRD");
        assertThat(QuarkusTransaction.requiringNew().call(() -> replicas.idByKey("FORMER2"))).isEmpty();

        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, id,
                EventsApi.organizationState(id, "LATER", "Later", java.util.List.of("NOW"), 2));
        awaitReplica(id, replica -> replica.version() == 2);
        assertThat(aliases(id)).containsExactly("NOW");
        assertThat(find(id).orElseThrow().acronym()).isEqualTo("LATER");
        assertThat(QuarkusTransaction.requiringNew().call(() -> replicas.idByKey("now"))).contains(UUID.fromString(id));

        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, id,
                EventsApi.organizationState(id, "LATER", "Later", java.util.List.of(), 3));
        awaitReplica(id, replica -> replica.version() == 3);
        assertThat(aliases(id)).isEmpty();
    }

    @Test
    void deadLettersAPoisonRecordAndGoesOn() {
        String poisoned = UUID.randomUUID().toString();
        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, poisoned, "{not json");
        String missingVersion = UUID.randomUUID().toString();
        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, missingVersion,
                "{\"id\":\"" + missingVersion + "\",\"acronym\":\"X\",\"name\":\"X\"}");
        String next = UUID.randomUUID().toString();
        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, next, state(next, "NEXT", "Next", 0));

        awaitReplica(next, replica -> "NEXT".equals(replica.acronym()));
        assertThat(find(poisoned)).isEmpty();
        assertThat(find(missingVersion)).isEmpty();
        try (TopicReader deadLetters = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.deadLetterTopicName())) {
            PublishedEvent parked = deadLetters.awaitFirst(e -> poisoned.equals(e.subject()), Duration.ofSeconds(20));
            assertThat(parked.header("ungis_dlt_reason")).contains("not a valid change event");
            assertThat(parked.header("ungis_dlt_consumer")).isEqualTo("events-service.organization-replica");
            assertThat(parked.value()).isEqualTo("{not json");
            PublishedEvent noVersion = deadLetters.awaitFirst(e -> missingVersion.equals(e.subject()),
                    Duration.ofSeconds(20));
            assertThat(noVersion.header("ungis_dlt_reason")).contains("version");
        }
    }

    @Test
    void deadLettersAnEventItsHandlerRejects() {
        String id = UUID.randomUUID().toString();
        // valid envelope and version, but the payload names another organization than the subject
        TopicWriter.sendChangeEvent(TOPIC, UUID.randomUUID().toString(), CREATED, id,
                state(UUID.randomUUID().toString(), "ODD", "Odd", 0));
        try (TopicReader deadLetters = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.deadLetterTopicName())) {
            PublishedEvent parked = deadLetters.awaitFirst(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertThat(parked.header("ungis_dlt_reason")).contains("is not the subject");
        }
        assertThat(find(id)).isEmpty();
    }

    private void awaitReplica(String id, java.util.function.Predicate<OrganizationReplica> condition) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> find(id).filter(condition).isPresent());
    }

    private String outcome(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            java.util.List<?> rows = entityManager.createNativeQuery(
                    "select outcome from inbox_processed_event where event_id = ?1")
                    .setParameter(1, eventId)
                    .getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }

    private java.util.List<String> aliases(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select value from organization_replica_alias where organization_id = ?1 order by position", String.class)
                .setParameter(1, UUID.fromString(id))
                .getResultList());
    }

    private Optional<OrganizationReplica> find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> replicas.findByIdOptional(UUID.fromString(id)));
    }

    private static String state(String id, String acronym, String name, long version) {
        return EventsApi.organizationState(id, acronym, name, java.util.List.of(), version);
    }
}
