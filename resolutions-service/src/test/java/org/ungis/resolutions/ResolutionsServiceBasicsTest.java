package org.ungis.resolutions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ServiceBasicsContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class ResolutionsServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String documentedPath() {
        return "/documents";
    }

    @Test
    void documentsEveryResource() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/documents/{key}"))
                .body("paths", hasKey("/documents/{key}/paragraphs"))
                .body("paths", hasKey("/documents/{key}/diff"))
                .body("paths", hasKey("/documents/{key}/references"))
                .body("paths", hasKey("/documents/{key}/versions"))
                .body("paths", hasKey("/search"))
                .body("paths", hasKey("/mandates"))
                .body("paths", hasKey("/mandates/{id}"))
                .body("paths", hasKey("/matrix/items"))
                .body("paths", hasKey("/matrix/rows"));
    }
}
