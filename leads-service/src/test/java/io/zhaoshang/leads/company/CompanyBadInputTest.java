package io.zhaoshang.leads.company;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.leads.parks.ParksTopic;
import io.zhaoshang.platform.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input on the company API gets its problem response and writes nothing. */
@QuarkusTest
class CompanyBadInputTest {

    private String zone;
    private long companiesBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        ParksTopic.ensureCatalog();
        zone = Companies.newZoneCode();
        companiesBefore = count("select count(*) from company");
        eventsBefore = count("select count(*) from outbox_event");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from company")).isEqualTo(companiesBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
    }

    private ValidatableResponse post(String body) {
        return problem(Companies.member(zone).body(body).post("/api/v1/companies").then());
    }

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/companies"))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void malformed_json() {
        post("{\"name\": \"济宁重工\", ").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void wrong_types() {
        post("""
                {"name": ["not", "a", "name"], "uscc": "%s", "tags": "LISTED"}
                """.formatted(Companies.newUscc()))
                .statusCode(400).body("code", equalTo("invalid-field-type"))
                .body("errors.field", hasItem("name"));
        post("""
                {"name": "济宁重工", "uscc": "%s", "tags": "LISTED"}
                """.formatted(Companies.newUscc()))
                .statusCode(400).body("code", equalTo("invalid-field-type"))
                .body("errors.field", contains("tags"));
    }

    @Test
    void missing_fields() {
        post("{}").statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("name"));
    }

    @Test
    void neither_a_uscc_nor_a_country_and_registration_number() {
        post("""
                {"name": "某外国公司", "country": "DE"}
                """)
                .statusCode(422).body("code", equalTo("company-identity-missing"))
                .body("errors.field", contains("registrationNumber"));
        post("""
                {"name": "某公司", "registrationNumber": "  "}
                """)
                .statusCode(422).body("code", equalTo("company-identity-missing"))
                .body("errors.field", containsInAnyOrder("country", "registrationNumber"));
    }

    @Test
    void a_uscc_with_a_wrong_check_character() {
        String uscc = Companies.newUscc();
        char wrong = uscc.charAt(17) == '0' ? '1' : '0';
        post(Companies.body("济宁重工", uscc.substring(0, 17) + wrong))
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("uscc"))
                .body("errors.code", contains("Uscc"))
                .body("errors[0].message", containsString("unified social credit code"));
    }

    @Test
    void an_unknown_tag() {
        post(Companies.body("济宁重工", Companies.newUscc(), "LISTED", "GALACTIC"))
                .statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("errors.field", contains("tags[1]"))
                .body("acceptedValues", hasItem("UNICORN"));
    }

    @Test
    void an_unknown_country() {
        post(Companies.foreignBody("某外国公司", "XX", "12345"))
                .statusCode(422).body("code", equalTo("invalid-country"))
                .body("errors.field", contains("country"));
    }

    @Test
    void industry_codes_not_in_the_catalog_named_by_their_place() {
        post("""
                {"name": "济宁重工", "uscc": "%s", "industryCodes": ["SEI-04.01", "C17", "SEI-04", "SEI-99.01"]}
                """.formatted(Companies.newUscc()))
                .statusCode(422).body("code", equalTo("unknown-industry"))
                .body("detail", containsString("C17"))
                .body("errors.field", contains("industryCodes[1]", "industryCodes[3]"))
                .body("errors[1].message", equalTo("SEI-99.01 is not in the industry catalog"));
        post("""
                {"name": "济宁重工", "uscc": "%s", "industryCodes": ["%s"]}
                """.formatted(Companies.newUscc(), "S".repeat(21)))
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("industryCodes[0]"));
    }

    @Test
    void contacts_that_cannot_be_reached_or_named() {
        post("""
                {"name": "济宁重工", "uscc": "%s", "contacts": [
                  {"name": "张伟", "phone": "0537-2345678", "email": "zhang.wei@example.com"},
                  {"name": " ", "phone": "call me", "email": "not-an-email"}]}
                """.formatted(Companies.newUscc()))
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", containsInAnyOrder("contacts[1].name", "contacts[1].phone", "contacts[1].email"));
        post("""
                {"name": "济宁重工", "uscc": "%s", "contacts": [null]}
                """.formatted(Companies.newUscc()))
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("contacts[0]"));
    }

    @Test
    void blank_aliases() {
        post("""
                {"name": "济宁重工", "uscc": "%s", "aliases": ["济重", "  "]}
                """.formatted(Companies.newUscc()))
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("aliases[1]"));
    }

    @Test
    void the_zone_is_never_taken_from_the_body() {
        post("""
                {"name": "济宁重工", "uscc": "%s", "zone": "SOMEWHERE-ELSE"}
                """.formatted(Companies.newUscc()))
                .statusCode(400).body("code", equalTo("unknown-field"))
                .body("errors.field", contains("zone"));
    }

    @Test
    void unknown_filter_values() {
        problem(Companies.as(zone, Roles.VIEWER).queryParam("tag", "GALACTIC").get("/api/v1/companies").then())
                .statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("errors.field", contains("tag"))
                .body("acceptedValues", hasItem("CENTRAL_SOE"));
        problem(Companies.as(zone, Roles.VIEWER).queryParam("uscc", "91370800").get("/api/v1/companies").then())
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("uscc"));
    }

    @Test
    void oversized_body() {
        String huge = "高".repeat(200_000);
        post(Companies.body(huge, Companies.newUscc())).statusCode(413).body("code", equalTo("payload-too-large"));
    }

    @Test
    void wrong_content_type() {
        Companies.member(zone).contentType(ContentType.TEXT).body(Companies.body("济宁重工", Companies.newUscc()))
                .post("/api/v1/companies")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void no_token() {
        given().contentType(ContentType.JSON).body(Companies.body("济宁重工", Companies.newUscc())).post("/api/v1/companies")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("unauthorized"));
    }

    @Test
    void wrong_role() {
        Companies.as(zone, Roles.VIEWER).body(Companies.body("济宁重工", Companies.newUscc())).post("/api/v1/companies")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        Companies.as(zone, Roles.PARK_ADMIN).body(Companies.body("济宁重工", Companies.newUscc())).post("/api/v1/companies")
                .then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Companies.member(zone).header("Accept-Language", "zh-CN").body("""
                {"name": "某外国公司", "country": "DE"}
                """).post("/api/v1/companies")
                .then().statusCode(422).contentType("application/problem+json")
                .header("Content-Language", startsWith("zh"))
                .body("title", equalTo("无法识别企业"))
                .body("detail", equalTo("企业须有统一社会信用代码；境外企业须有注册国家和注册号。"))
                .body("errors[0].message", equalTo("没有统一社会信用代码时必填"));
        Companies.member(zone).header("Accept-Language", "zh-CN")
                .body(Companies.body("济宁重工", Companies.newUscc().substring(0, 17) + "I")).post("/api/v1/companies")
                .then().statusCode(400)
                .body("title", equalTo("请求无效"))
                .body("errors[0].message", equalTo("不是有效的统一社会信用代码（18 位且校验码正确）"));
        Companies.member(zone).header("Accept-Language", "zh-CN").body("""
                {"name": "济宁重工", "uscc": "%s", "industryCodes": ["C17"]}
                """.formatted(Companies.newUscc())).post("/api/v1/companies")
                .then().statusCode(422)
                .body("title", equalTo("未知产业"))
                .body("detail", equalTo("不是产业目录中的代码：C17。"))
                .body("errors[0].message", equalTo("C17 不在产业目录中"));
    }
}
