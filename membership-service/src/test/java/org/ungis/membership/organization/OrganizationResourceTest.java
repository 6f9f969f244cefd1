package org.ungis.membership.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class OrganizationResourceTest {
    private static final String TOPIC = ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void createsAnOrganizationAndPublishesItsCloudEvent() throws Exception {
        String acronym = uniqueAcronym();
        String id = given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("acronym", acronym, "name", "Test Organization " + acronym,
                        "classification", "SPECIALIZED_AGENCY", "website", "https://example.org"))
                .when().post("/organizations")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("acronym", equalTo(acronym))
                .body("version", equalTo(0))
                .extract().path("id");

        given().when().get("/organizations/" + id).then().statusCode(200).body("acronym", equalTo(acronym));
        given().when().get("/organizations/" + acronym.toLowerCase()).then().statusCode(200).body("id", equalTo(id));

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            PublishedEvent event = topic.awaitFirst(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertThat(event.key()).isEqualTo(id);
            assertThat(event.type()).isEqualTo("org.ungis.membership.organization.created");
            assertThat(event.header("ce_specversion")).isEqualTo("1.0");
            assertThat(event.header("ce_source")).isEqualTo("/ungis/membership-service");
            assertThat(event.header("ce_time")).isNotBlank();
            assertThat(UUID.fromString(event.id())).isNotNull();
            JsonNode data = json.readTree(event.value());
            assertThat(data.get("id").asText()).isEqualTo(id);
            assertThat(data.get("acronym").asText()).isEqualTo(acronym);
            assertThat(data.get("classification").asText()).isEqualTo("SPECIALIZED_AGENCY");
            assertThat(data.get("version").asLong()).isZero();
        }
    }

    @Test
    void refusesWritesWithoutATokenOrWithTheWrongRole() {
        String acronym = uniqueAcronym();
        Map<String, String> body = Map.of("acronym", acronym, "name", "Nobody", "classification", "OTHER");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/organizations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://ungis.org/problems/unauthenticated"));
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(body)
                .when().post("/organizations")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).contentType(ContentType.JSON).body(body)
                .when().post("/organizations")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/forbidden"));

        given().when().get("/organizations/" + acronym).then().statusCode(404);
    }

    @Test
    void rejectsMalformedAndInvalidBodiesWithFieldErrors() {
        String acronym = uniqueAcronym();
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body("{\"acronym\": \"" + acronym + "\", \"name\": ")
                .when().post("/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/malformed-json"));

        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("acronym", acronym, "name", " ", "website", "ftp://x"))
                .when().post("/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("classification"))
                .body("errors.field", hasItem("website"));

        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("acronym", acronym, "name", "X", "classification", "EMPIRE"))
                .when().post("/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("classification"));

        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.TEXT).body("hello")
                .when().post("/organizations")
                .then().statusCode(415).contentType("application/problem+json");

        given().when().get("/organizations/" + acronym).then().statusCode(404);
    }

    @Test
    void rejectsAnOversizeBody() {
        String acronym = uniqueAcronym();
        String huge = "x".repeat(2 * 1024 * 1024);
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("acronym", acronym, "name", huge, "classification", "OTHER"))
                .when().post("/organizations")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/payload-too-large"));
        given().when().get("/organizations/" + acronym).then().statusCode(404);
    }

    @Test
    void refusesADuplicateAcronymAndKeepsTheFirst() {
        String acronym = uniqueAcronym();
        String id = create(acronym, "First " + acronym);
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("acronym", acronym.toLowerCase(), "name", "Second", "classification", "OTHER"))
                .when().post("/organizations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/duplicate-acronym"));

        given().when().get("/organizations/" + acronym)
                .then().statusCode(200).body("id", equalTo(id)).body("name", equalTo("First " + acronym));
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            topic.awaitFirst(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            List<PublishedEvent> mentioningSecond = topic.collect(
                    e -> e.value() != null && e.value().contains("\"Second\"") && e.value().contains(acronym),
                    Duration.ofSeconds(1));
            assertThat(mentioningSecond).isEmpty();
        }
    }

    @Test
    void answersUnknownOrganizationsWithNotFound() {
        given().when().get("/organizations/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/not-found"));
    }

    @Test
    void pagesThroughChangesSinceATime() {
        Instant before = Instant.now();
        List<String> created = List.of(create(uniqueAcronym(), "Paged A"), create(uniqueAcronym(), "Paged B"),
                create(uniqueAcronym(), "Paged C"));

        String cursor = given().queryParam("updatedSince", before.toString()).queryParam("limit", 2)
                .when().get("/organizations")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(created.get(0)))
                .body("items[1].id", equalTo(created.get(1)))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("updatedSince", before.toString()).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/organizations")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(created.get(2)))
                .body("nextCursor", nullValue());
    }

    @Test
    void rejectsBadPagingParameters() {
        given().queryParam("limit", 0).when().get("/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "garbage!").when().get("/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("updatedSince", "yesterday").when().get("/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("updatedSince", "+999999-01-01T00:00:00Z").when().get("/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/value-out-of-range"));
    }

    static String create(String acronym, String name) {
        return given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("acronym", acronym, "name", name, "classification", "FUND_OR_PROGRAMME"))
                .when().post("/organizations")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String uniqueAcronym() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
