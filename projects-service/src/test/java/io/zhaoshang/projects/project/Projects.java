package io.zhaoshang.projects.project;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.projects.EventTopics;
import java.util.UUID;

/** Test data and callers for project tests: every test works in a zone of its own. */
public final class Projects {

    public static final String TEAM = "TEAM-A";
    public static final String OTHER_TEAM = "TEAM-B";

    private Projects() {
    }

    /** A zone of its own that projects knows nothing of: no teams, no parks. */
    public static String newZoneCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A zone of its own with {@link #TEAM} and {@link #OTHER_TEAM} announced by scoring, and the industry catalog. */
    public static String newZone() {
        String zone = newZoneCode();
        EventTopics.ensureCatalog();
        EventTopics.registerTeams(zone, TEAM, OTHER_TEAM);
        return zone;
    }

    /** A project of the given total investment in CNY; {@code ownerTeam} is left out when null. */
    public static String body(String name, String ownerTeam, String amountCny) {
        return bodyWith(name, ownerTeam, """
                {"amount": "%s", "currency": "CNY"}""".formatted(amountCny));
    }

    /** A project with the given {@code totalInvestment} JSON and further {@code "field": value} pairs. */
    public static String bodyWith(String name, String ownerTeam, String totalInvestmentJson, String... moreFields) {
        String owner = ownerTeam == null ? "" : "\"ownerTeam\": \"%s\", ".formatted(ownerTeam);
        String more = moreFields.length == 0 ? "" : ", " + String.join(", ", moreFields);
        return """
                {"name": "%s", "companyName": "济宁新能源科技有限公司", "companyUscc": "91370800ma3c5u1x26",
                 "industryCode": "SEI-04.01", "chainRole": "FILL_CHAIN", %s"totalInvestment": %s,
                 "foreignInvestment": false, "landMu": 120.5, "expectedJobs": 800%s}
                """.formatted(name, owner, totalInvestmentJson, more);
    }

    /** A caller of one zone; {@code team} is the token's team claim, or none when null. */
    public static RequestSpecification as(String zone, String team, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone + "-" + team, zone, team, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification member(String zone) {
        return as(zone, TEAM, Roles.TEAM_MEMBER);
    }

    public static RequestSpecification admin(String zone) {
        return as(zone, null, Roles.ZONE_ADMIN);
    }

    /** Creates a project of {@link #TEAM} and returns its id. */
    public static String create(String zone, String amountCny) {
        return member(zone).body(body("年产10GWh动力电池项目", null, amountCny)).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }
}
