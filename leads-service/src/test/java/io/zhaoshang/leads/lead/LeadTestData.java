package io.zhaoshang.leads.lead;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.leads.parks.ParksTopic;
import io.zhaoshang.leads.teams.ScoringTopic;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.value.Uscc;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data and callers for lead, pool and collision tests: every test works in a zone of its own. */
public final class LeadTestData {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private LeadTestData() {
    }

    public static String newZone() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String newUscc() {
        StringBuilder code = new StringBuilder("91370800");
        for (int i = 0; i < 9; i++) {
            code.append(USCC_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(USCC_ALPHABET.length())));
        }
        return code.append(Uscc.checkCharacter(code.toString())).toString();
    }

    /** A zone with the catalog and two known teams, GOV-1 and GOV-2. */
    public static String zoneWithTeams() {
        ParksTopic.ensureCatalog();
        String zone = newZone();
        ScoringTopic.registerTeam(zone, "GOV-1");
        ScoringTopic.registerTeam(zone, "GOV-2");
        return zone;
    }

    public static RequestSpecification as(String zone, String team, String role) {
        return as(role + "-" + team + "-of-" + zone, zone, team, role);
    }

    public static RequestSpecification as(String subject, String zone, String team, String role) {
        String token = ZhaoshangTestResource.tokens().issue(subject, zone, team, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification member(String zone, String team) {
        return as(zone, team, Roles.TEAM_MEMBER);
    }

    public static RequestSpecification admin(String zone) {
        return as(zone, null, Roles.ZONE_ADMIN);
    }

    /** Registers a company with a USCC and returns its id. */
    public static String company(String zone, String name) {
        return company(zone, name, newUscc());
    }

    public static String company(String zone, String name, String uscc) {
        String usccField = uscc == null ? "\"country\": \"DE\", \"registrationNumber\": \"HRB " + UUID.randomUUID()
                .toString().substring(0, 6) + "\"" : "\"uscc\": \"" + uscc + "\"";
        return admin(zone).body("{\"name\": \"" + name + "\", " + usccField + "}")
                .post("/api/v1/companies").then().statusCode(201).extract().path("id");
    }

    /** A lead of the company with every field filled. */
    public static String body(String companyId) {
        return """
                {"companyId": "%s", "title": "新建生物医药中间体项目", "industryCode": "SEI-04.01",
                 "chainRole": "FILL_CHAIN", "sourceChannel": "EXPO_EVENT", "sourceDetail": "2026 济宁产业推介会",
                 "intendedInvestment": {"amount": "1200000000", "currency": "CNY"}, "landMu": 120.5,
                 "expectedJobs": 300, "expectedOutput": {"amount": "150000000.00", "currency": "USD",
                 "cnyEquivalent": "1080000000.00"}, "expectedTax": {"amount": "50000000.00", "currency": "CNY"}}
                """.formatted(companyId);
    }

    /** The smallest valid lead of the company. */
    public static String minimalBody(String companyId) {
        return """
                {"companyId": "%s", "title": "意向投资", "industryCode": "SEI-04.01", "chainRole": "BUILD_CHAIN",
                 "sourceChannel": "SELF_DEVELOPED"}
                """.formatted(companyId);
    }

    /** Reports a lead as a member of the team (null: as the administration, into the public pool); returns its id. */
    public static String report(String zone, String team, String companyId) {
        RequestSpecification caller = team == null ? admin(zone) : member(zone, team);
        return caller.body(minimalBody(companyId)).post("/api/v1/leads").then().statusCode(201).extract().path("id");
    }
}
