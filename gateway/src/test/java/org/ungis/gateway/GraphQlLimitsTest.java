package org.ungis.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.gateway.GraphQl.query;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Depth, complexity, tokens, aliases and operations per request are limited, with clear errors. */
@QuarkusTest
@WithTestResource(ServicesTestResource.class)
class GraphQlLimitsTest {

    @Test
    void refusesQueriesDeeperThanTheLimit() {
        query("{ organizations { nodes { events { participants { events { participants { events { participants { id } } } } } } } } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void refusesQueriesMoreComplexThanTheLimit() {
        String fields = "id acronym name classification website status updatedAt version";
        String wide = IntStream.range(0, 20).mapToObj(i -> "o" + i + ": organizations { nodes { " + fields
                + " aliases { value kind } participation { status since until } posts { kind termStart } } }")
                .collect(Collectors.joining(" "));
        query("{ " + wide + " }").body("data", nullValue()).body("errors[0].message", containsString("complexity"));
    }

    @Test
    void refusesDocumentsWithTooManyTokens() {
        String many = IntStream.range(0, 5000).mapToObj(i -> "id").collect(Collectors.joining(" "));
        query("{ currentPosts { " + many + " } }").body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("too-many-tokens"))
                .body("errors[0].message", containsString("tokens have been presented"));
    }

    @Test
    void refusesTooManyAliases() {
        String aliases = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": currentPosts { id }").collect(Collectors.joining(" "));
        query("{ " + aliases + " }").body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("too-many-aliases"))
                .body("errors[0].message", equalTo("The query uses 31 aliases; at most 30 are accepted."));
    }

    @Test
    void refusesBatchesAndManyOperations() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("query", "{ currentPosts { id } }")))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("batched-operations"));
        String operations = IntStream.range(0, 6).mapToObj(i -> "query q" + i + " { currentPosts { id } }")
                .collect(Collectors.joining(" "));
        query(operations).body("errors[0].extensions.code", equalTo("too-many-operations"));
    }

    @Test
    void refusesABodyThatIsNotJsonOrTooLarge() {
        given().contentType(ContentType.JSON).body("{\"query\": ").when().post("/graphql")
                .then().statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("malformed-json"));
        String huge = "{\"query\": \"{ currentPosts { id } }\", \"pad\": \"" + "a".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).when().post("/graphql")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/payload-too-large"))
                .body("detail", containsString("65536 bytes"));
    }

    @Test
    void answersOtherMethodsThanPostWithMethodNotAllowed() {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            given().queryParam("query", "{ currentPosts { id } }").when().request(method, "/graphql")
                    .then().statusCode(405).contentType("application/problem+json")
                    .header("Allow", "POST, GET")
                    .body("type", equalTo("https://ungis.org/problems/method-not-allowed"))
                    .body("detail", containsString("WebSocket"));
        }
    }

    @Test
    void answersSyntaxErrorsClearly() {
        query("{ organizations { nodes { id }").body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].message", containsString("line 1 column 31"));
    }

    @Test
    void offersIntrospectionOutsideProduction() {
        query("{ __schema { queryType { name } } }").body("data.__schema.queryType.name", equalTo("Query"));
        query("{ __type(name: \"Organization\") { description fields { name description } } }")
                .body("data.__type.description", notNullValue());
    }
}
