package org.ungis.resolutions;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.TopicWriter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The resolutions API as the secretariat calls it, for tests that need data of their own. */
public final class ResolutionsApi {
    private ResolutionsApi() {
    }

    public static RequestSpecification secretariat() {
        return given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON);
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A symbol no other test uses. */
    public static String uniqueSymbol() {
        return "A/RES/T" + unique() + "/1";
    }

    public static Map<String, Object> document(String symbol, String body, String type, String adoptedOn) {
        Map<String, Object> document = new HashMap<>();
        document.put("symbol", symbol);
        document.put("title", "Test document " + symbol);
        document.put("issuingBody", body);
        document.put("documentType", type);
        document.put("adoptedOn", adoptedOn);
        return document;
    }

    /** A new resolution with that symbol; returns its id. */
    public static String createDocument(String symbol) {
        return createDocument(document(symbol, "UN General Assembly", "RESOLUTION", "2024-12-19"));
    }

    public static String createDocument(Map<String, Object> document) {
        return secretariat().body(document).when().post("/documents").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> operative(String number, String text) {
        return Map.of("kind", "OPERATIVE", "number", number, "text", text);
    }

    public static Map<String, Object> preambular(String text) {
        return Map.of("kind", "PREAMBULAR", "text", text);
    }

    @SafeVarargs
    public static Map<String, Object> version(String label, Map<String, Object>... paragraphs) {
        Map<String, Object> version = new HashMap<>();
        version.put("label", label);
        version.put("paragraphs", List.of(paragraphs));
        return version;
    }

    public static void addVersion(String key, Map<String, Object> version) {
        secretariat().body(version).when().post("/documents/" + key + "/versions").then().statusCode(201);
    }

    public static long version(String key) {
        return ((Number) given().when().get("/documents/" + key).then().statusCode(200).extract().path("version"))
                .longValue();
    }

    /** Announces an organization as membership-service would, on its topic. */
    public static void announceOrganization(ChangeEventType type, String id, String acronym, String name,
            List<String> formerAcronyms, long version) {
        List<String> aliases = new ArrayList<>();
        formerAcronyms.forEach(alias -> aliases.add("{\"value\":\"" + alias + "\",\"kind\":\"FORMER_ACRONYM\"}"));
        String json = "{\"id\":\"" + id + "\",\"acronym\":\"" + acronym + "\",\"name\":\"" + name
                + "\",\"classification\":\"OTHER\",\"website\":null,\"aliases\":[" + String.join(",", aliases)
                + "],\"identifiers\":[],\"status\":null,\"participation\":[],\"posts\":[],\"createdAt\":\""
                + Instant.now() + "\",\"updatedAt\":\"" + Instant.now() + "\",\"version\":" + version + "}";
        TopicWriter.sendChangeEvent(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName(), UUID.randomUUID().toString(),
                type.type(), id, json);
    }
}
