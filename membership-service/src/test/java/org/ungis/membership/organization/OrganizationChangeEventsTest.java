package org.ungis.membership.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The outbox guarantees, seen from the broker: published after commit, exactly once, never on rollback. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class OrganizationChangeEventsTest {
    private static final String TOPIC = ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName();

    @Inject
    OrganizationService service;

    @Inject
    DataSource dataSource;

    @Test
    void publishesAnEventLeftUnpublishedByACrashExactlyOnce() throws Exception {
        // The state a crash between commit and publish leaves behind: a committed outbox row that no
        // relay was told about. The sweeper must find it and publish it, once.
        UUID eventId = UUID.randomUUID();
        String aggregateId = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_message (id, topic, event_type, aggregate_id, aggregate_version, payload, occurred_at)
                        values (?, ?, ?, ?, 0, ?, ?)""")) {
            insert.setObject(1, eventId);
            insert.setString(2, TOPIC);
            insert.setString(3, ChangeEventType.ORGANIZATION_CREATED.type());
            insert.setString(4, aggregateId);
            insert.setString(5, "{\"id\":\"" + aggregateId + "\",\"acronym\":\"CRASH\",\"version\":0}");
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            PublishedEvent event = topic.awaitFirst(e -> eventId.toString().equals(e.id()), Duration.ofSeconds(20));
            assertThat(event.subject()).isEqualTo(aggregateId);
            assertThat(event.key()).isEqualTo(aggregateId);
            // several more sweeps pass: still exactly one record with this id
            List<PublishedEvent> copies = topic.collect(e -> eventId.toString().equals(e.id()), Duration.ofSeconds(5));
            assertThat(copies).hasSize(1);
        }
        assertThat(publishedAt(eventId)).isNotNull();
    }

    @Test
    void publishesNothingForAChangeThatRolledBack() {
        String acronym = OrganizationResourceTest.uniqueAcronym();
        AtomicReference<OrganizationView> created = new AtomicReference<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            created.set(service.create(new OrganizationDetails(acronym, "Rolled back", Classification.OTHER, null, null, null)));
            throw new IllegalStateException("abort after the outbox row was written");
        })).hasMessageContaining("abort");

        String id = created.get().id().toString();
        given().when().get("/organizations/" + acronym).then().statusCode(404);
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            assertThat(topic.collect(e -> id.equals(e.subject()), Duration.ofSeconds(5))).isEmpty();
        }
    }

    @Test
    void publishesEachCommittedChangeExactlyOnce() {
        List<String> ids = List.of(
                OrganizationResourceTest.create(OrganizationResourceTest.uniqueAcronym(), "Ordered 1"),
                OrganizationResourceTest.create(OrganizationResourceTest.uniqueAcronym(), "Ordered 2"),
                OrganizationResourceTest.create(OrganizationResourceTest.uniqueAcronym(), "Ordered 3"));
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<PublishedEvent> events = topic.awaitCount(e -> ids.contains(e.subject()), 3, Duration.ofSeconds(20));
            assertThat(events).extracting(PublishedEvent::subject).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(topic.collect(e -> ids.contains(e.subject()), Duration.ofSeconds(3))).hasSize(3);
        }
    }

    private Timestamp publishedAt(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select published_at from outbox_message where id = ?")) {
            select.setObject(1, eventId);
            try (ResultSet result = select.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getTimestamp(1);
            }
        }
    }
}
