package org.ungis.membership.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.membership.MembershipApi.createOrganization;
import static org.ungis.membership.MembershipApi.secretariat;
import static org.ungis.membership.MembershipApi.uniqueAcronym;
import static org.ungis.membership.webhook.WebhookApi.partner;
import static org.ungis.membership.webhook.WebhookApi.request;
import static org.ungis.membership.webhook.WebhookApi.subscribe;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class WebhookSubscriptionTest {
    private static final List<String> ALL = List.of("org.ungis.membership.*");

    @Inject
    DataSource dataSource;

    @Test
    void aPartnerSubscribesAndSeesTheSecretOnceAndOnlyEncryptedAtRest() throws Exception {
        String organization = createOrganization(uniqueAcronym());
        WebhookApi.Subscribed subscribed = subscribe(organization, "http://127.0.0.1:9/hook", ALL);

        assertThat(subscribed.secret()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(subscribed.secret().substring(6))).hasSizeGreaterThanOrEqualTo(24);
        String shown = partner(organization).when().get("/webhook-subscriptions/" + subscribed.id())
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("organizationId", equalTo(organization)).body("status", equalTo("ACTIVE"))
                .body("secret", nullValue()).extract().asString();
        assertThat(shown).doesNotContain(subscribed.secret().substring(6));
        byte[] stored = storedSecret(subscribed.id());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(subscribed.secret())
                .doesNotContain(subscribed.secret().substring(6));
        assertThat(HexFormat.of().formatHex(stored))
                .doesNotContain(HexFormat.of().formatHex(Base64.getDecoder().decode(subscribed.secret().substring(6))));
    }

    @Test
    void aPartnerCannotSeeOrTouchAnotherOrganizationsSubscriptions() {
        String owner = createOrganization(uniqueAcronym());
        String other = createOrganization(uniqueAcronym());
        WebhookApi.Subscribed subscribed = subscribe(owner, "http://127.0.0.1:9/owner", ALL);
        String path = "/webhook-subscriptions/" + subscribed.id();

        partner(other).when().get(path).then().statusCode(404).contentType("application/problem+json");
        partner(other).body(request("http://127.0.0.1:9/stolen", ALL)).when().put(path).then().statusCode(404);
        partner(other).when().post(path + "/pause").then().statusCode(404);
        partner(other).when().post(path + "/secret/rotate").then().statusCode(404);
        partner(other).when().post(path + "/test").then().statusCode(404);
        partner(other).when().get(path + "/deliveries").then().statusCode(404);
        partner(other).when().delete(path).then().statusCode(404);
        partner(other).when().get("/webhook-subscriptions").then().statusCode(200)
                .body("id", not(hasItem(subscribed.id())));
        partner(other).body(Map.of("url", "http://127.0.0.1:9/x", "eventTypes", ALL, "organizationId", owner))
                .when().post("/webhook-subscriptions").then().statusCode(403).contentType("application/problem+json");

        partner(owner).when().get(path).then().statusCode(200).body("url", equalTo("http://127.0.0.1:9/owner"))
                .body("status", equalTo("ACTIVE")).body("version", equalTo(0));
        secretariat().when().get("/webhook-subscriptions?organizationId=" + owner).then().statusCode(200)
                .body("id", hasItem(subscribed.id()));
    }

    @Test
    void theSecretariatSubscribesForANamedOrganizationOnly() {
        secretariat().body(request("http://127.0.0.1:9/x", ALL)).when().post("/webhook-subscriptions")
                .then().statusCode(422).body("type", containsString("owner-required"));
        Map<String, Object> unknown = new java.util.HashMap<>(request("http://127.0.0.1:9/x", ALL));
        unknown.put("organizationId", UUID.randomUUID().toString());
        secretariat().body(unknown).when().post("/webhook-subscriptions")
                .then().statusCode(422).body("type", containsString("unknown-organization"));
        String organization = createOrganization(uniqueAcronym());
        Map<String, Object> named = new java.util.HashMap<>(request("http://127.0.0.1:9/x", ALL));
        named.put("organizationId", organization);
        secretariat().body(named).when().post("/webhook-subscriptions").then().statusCode(201)
                .body("subscription.organizationId", equalTo(organization));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://[fd00::1]/",
            "http://[::ffff:192.168.0.1]/", "http://0.0.0.0/", "http://2130706433/", "http://0x7f.1/", "ftp://127.0.0.1/",
            "file:///etc/passwd", "http://user:pw@127.0.0.1/", "http://no-such-host.invalid/" })
    void refusesHostileUrlsAndStoresNothing(String url) throws Exception {
        String organization = createOrganization(uniqueAcronym());
        partner(organization).body(request(url, ALL)).when().post("/webhook-subscriptions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("refused-endpoint")).body("errors[0].field", equalTo("url"));
        assertThat(subscriptionsOf(organization)).isZero();
    }

    @Test
    void refusesBadFiltersBodiesAndCallersWithClearProblems() throws Exception {
        String organization = createOrganization(uniqueAcronym());
        partner(organization).body(request("http://127.0.0.1:9/x", List.of("org.ungis.membership.nothing")))
                .when().post("/webhook-subscriptions").then().statusCode(422)
                .body("type", containsString("unknown-event-type"));
        partner(organization).body(request("http://127.0.0.1:9/x", List.of("org.ungis.resolutions.*")))
                .when().post("/webhook-subscriptions").then().statusCode(422);
        partner(organization).body(request("http://127.0.0.1:9/x", List.of())).when().post("/webhook-subscriptions")
                .then().statusCode(400).contentType("application/problem+json");
        partner(organization).body("{\"url\": ").when().post("/webhook-subscriptions")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(request("http://127.0.0.1:9/x", ALL))
                .when().post("/webhook-subscriptions").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(org.ungis.platform.devtokens.DevTokens.forRoles("reader", java.util.Set.of("reader"), null))
                .contentType(ContentType.JSON).body(request("http://127.0.0.1:9/x", ALL))
                .when().post("/webhook-subscriptions").then().statusCode(403).contentType("application/problem+json");
        partner(organization).when().get("/webhook-subscriptions/not-an-id").then().statusCode(404);
        assertThat(subscriptionsOf(organization)).isZero();
    }

    @Test
    void updatesWithIfMatchPausesResumesRotatesAndDeletes() {
        String organization = createOrganization(uniqueAcronym());
        WebhookApi.Subscribed subscribed = subscribe(organization, "http://127.0.0.1:9/v1", ALL);
        String path = "/webhook-subscriptions/" + subscribed.id();

        partner(organization).header("If-Match", "\"7\"").body(request("http://127.0.0.1:9/v2", ALL))
                .when().put(path).then().statusCode(412).contentType("application/problem+json");
        partner(organization).when().get(path).then().body("url", equalTo("http://127.0.0.1:9/v1"));
        partner(organization).header("If-Match", "\"0\"")
                .body(request("http://127.0.0.1:9/v2", List.of("org.ungis.membership.post.*")))
                .when().put(path).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("url", equalTo("http://127.0.0.1:9/v2")).body("eventTypes[0]", equalTo("org.ungis.membership.post.*"));
        partner(organization).body(request("http://10.0.0.1/", ALL)).when().put(path).then().statusCode(422);
        partner(organization).when().get(path).then().body("url", equalTo("http://127.0.0.1:9/v2"));

        partner(organization).when().post(path + "/pause").then().statusCode(200).body("status", equalTo("PAUSED"));
        partner(organization).when().post(path + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        String rotated = partner(organization).when().post(path + "/secret/rotate").then().statusCode(200)
                .body("subscription.previousSecretExpiresAt", not(nullValue())).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(subscribed.secret());

        partner(organization).when().delete(path).then().statusCode(204);
        partner(organization).when().get(path).then().statusCode(404);
    }

    private byte[] storedSecret(String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select secret from webhook_subscription where id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet result = select.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getBytes(1);
            }
        }
    }

    private int subscriptionsOf(String organization) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from webhook_subscription where organization_id = ?")) {
            select.setObject(1, UUID.fromString(organization));
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
