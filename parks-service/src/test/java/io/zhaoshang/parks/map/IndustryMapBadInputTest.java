package io.zhaoshang.parks.map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bad parameter of the industry map gets its problem, 400 and never 500, naming the parameter. */
@QuarkusTest
class IndustryMapBadInputTest {

    private static final String ZONE = "M-BAD";

    private static RequestSpecification viewer() {
        String token = ZhaoshangTestResource.tokens().issue("viewer-of-" + ZONE, ZONE, null, Roles.VIEWER);
        return given().auth().oauth2(token);
    }

    private static ValidatableResponse map(RequestSpecification caller, Map<String, String> query) {
        return caller.queryParams(query).get("/api/v1/industry-map").then()
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/industry-map"))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    private static ValidatableResponse map(Map<String, String> query) {
        return map(viewer(), query);
    }

    @Test
    void no_industry() {
        map(Map.of("landMu", "100")).statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("industry"))
                .body("errors.code", contains("NotBlank"));
        map(Map.of("industry", " ")).statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("industry"));
    }

    @Test
    void an_industry_not_in_the_catalog() {
        map(Map.of("industry", "SEI-99")).statusCode(400)
                .body("code", equalTo("unknown-industry"))
                .body("detail", equalTo("Not a code of the industry catalog (GET /api/v1/industries): SEI-99."))
                .body("errors[0].field", equalTo("industry"));
    }

    @Test
    void land_that_is_not_a_quantity() {
        for (String bad : new String[] {"lots", "0", "-100", "12.345", "NaN", "1e999999999", "12345678901"}) {
            map(Map.of("industry", "SEI-04.01", "landMu", bad)).statusCode(400)
                    .body("code", equalTo("invalid-quantity"))
                    .body("title", equalTo("Invalid quantity"))
                    .body("detail", startsWith("The parameter landMu must be a number more than 0 with at most 2 decimals"))
                    .body("errors.field", contains("landMu"))
                    .body("errors.message", contains("must be a number more than 0 with at most 2 decimals"));
        }
    }

    @Test
    void space_that_is_not_a_quantity() {
        for (String bad : new String[] {"big", "0.00", "-1", "0.001"}) {
            map(Map.of("industry", "SEI-04.01", "spaceSqm", bad)).statusCode(400)
                    .body("code", equalTo("invalid-quantity"))
                    .body("errors.field", contains("spaceSqm"));
        }
    }

    @Test
    void an_unknown_land_use() {
        map(Map.of("industry", "SEI-04.01", "landMu", "100", "landUse", "FARMING")).statusCode(400)
                .body("code", equalTo("invalid-enum-value"))
                .body("acceptedValues", contains("INDUSTRIAL", "RND", "LOGISTICS", "COMMERCIAL"))
                .body("errors.field", contains("landUse"));
    }

    @Test
    void a_limit_out_of_range_or_not_a_number() {
        for (String bad : new String[] {"0", "101", "many", "-5"}) {
            map(Map.of("industry", "SEI-04.01", "limit", bad)).statusCode(400)
                    .body("code", equalTo("invalid-limit"))
                    .body("detail", equalTo("The limit must be a whole number from 1 to 100."));
        }
    }

    @Test
    void problems_speak_chinese_when_asked() {
        map(viewer().header("Accept-Language", "zh-CN"), Map.of("industry", "SEI-04.01", "spaceSqm", "很大"))
                .statusCode(400)
                .body("code", equalTo("invalid-quantity"))
                .body("title", equalTo("数量无效"))
                .body("detail", equalTo("参数 spaceSqm 须为大于 0 的数，最多 2 位小数、整数部分最多 10 位，例如 150 或 1500.5。"))
                .body("errors[0].message", equalTo("须为大于 0 的数，最多 2 位小数"));
        map(viewer().header("Accept-Language", "zh-CN"), Map.of("industry", "NOPE")).statusCode(400)
                .body("code", equalTo("unknown-industry"))
                .body("title", equalTo("未知产业"))
                .body("errors[0].message", equalTo("NOPE 不在产业目录中"));
    }

    @Test
    void no_token_or_a_token_without_a_zone() {
        given().queryParam("industry", "SEI-04.01").get("/api/v1/industry-map")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("unauthorized"));
        String zoneless = ZhaoshangTestResource.tokens().issue("someone", null, null, Roles.VIEWER);
        given().auth().oauth2(zoneless).queryParam("industry", "SEI-04.01").get("/api/v1/industry-map")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("zone-missing"));
    }
}
