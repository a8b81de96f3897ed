package io.zhaoshang.scoring.target;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.team.Teams;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetResourceTest {

    private String zone;
    private String team;

    static String target(String amount, int started, int leads, int followUps) {
        return """
                {"signedAmount": {"amount": "%s", "currency": "CNY"}, "projectsStarted": %d,
                 "leadsCollected": %d, "followUps": %d}
                """.formatted(amount, started, leads, followUps);
    }

    @BeforeEach
    void setUp() {
        zone = Teams.newZone();
        team = Teams.register(zone, "GOV-1");
    }

    @Test
    void sets_a_target_then_changes_it_with_its_etag_and_lists_the_period() {
        String other = Teams.register(zone, "SOC-1");
        Teams.admin(zone).body(target("500000000", 2, 20, 40)).put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("signedAmount.amount", equalTo("500000000.00"))
                .body("periodKind", equalTo("MONTH"))
                .body("periodKey", equalTo("2026-11"))
                .body("leadsCollected", equalTo(20));
        Teams.admin(zone).body(target("300000000", 1, 10, 30)).put("/api/v1/teams/{id}/targets/MONTH/2026-11", other)
                .then().statusCode(201);

        Teams.admin(zone).body(target("600000000", 3, 20, 40)).put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        Teams.admin(zone).header("If-Match", "\"5\"").body(target("600000000", 3, 20, 40))
                .put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(412).body("code", equalTo("precondition-failed"));
        Teams.admin(zone).header("If-Match", "\"0\"").body(target("600000000", 3, 20, 40))
                .put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(200).header("ETag", "\"1\"").body("projectsStarted", equalTo(3));

        Teams.as(zone, Roles.TEAM_MEMBER).get("/api/v1/teams/{id}/targets/MONTH/2026-11", team).then().statusCode(200)
                .header("ETag", "\"1\"").body("signedAmount.amount", equalTo("600000000.00"));
        Teams.as(zone, Roles.VIEWER).queryParam("period", "MONTH").queryParam("key", "2026-11").get("/api/v1/targets")
                .then().statusCode(200).body("items.teamId", containsInAnyOrder(team, other));
        Teams.as(zone, Roles.VIEWER).queryParam("period", "WEEK").queryParam("key", "2026-W47").get("/api/v1/targets")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
        Teams.as(zone, Roles.VIEWER).get("/api/v1/teams/{id}/targets/QUARTER/2026-Q4", team).then().statusCode(404);
    }

    @Test
    void bad_input_changes_nothing() {
        long before = count("select count(*) from target");
        Teams.admin(zone).body(target("100", 1, 1, 1)).put("/api/v1/teams/{id}/targets/MONTH/2026-11", UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("not-found"));
        Teams.admin(zone).body(target("100", 1, 1, 1)).put("/api/v1/teams/{id}/targets/MONTH/2026-13", team)
                .then().statusCode(400).body("code", equalTo("invalid-period-key"));
        Teams.admin(zone).body(target("100", -1, 1, 1)).put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("projectsStarted"));
        Teams.admin(zone).body(target("-5", 1, 1, 1)).put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("signedAmount.amount"));
        Teams.admin(zone).body("""
                {"signedAmount": {"amount": "100", "currency": "USD", "cnyEquivalent": "720"}, "projectsStarted": 1,
                 "leadsCollected": 1, "followUps": 1}""").put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(422).body("code", equalTo("target-not-cny"));
        Teams.as(zone, Roles.TEAM_LEAD).body(target("100", 1, 1, 1)).put("/api/v1/teams/{id}/targets/MONTH/2026-11", team)
                .then().statusCode(403);
        Teams.as(Teams.newZone(), Roles.ZONE_ADMIN).body(target("100", 1, 1, 1))
                .put("/api/v1/teams/{id}/targets/MONTH/2026-11", team).then().statusCode(404);
        Teams.as(zone, Roles.VIEWER).queryParam("key", "2026-11").get("/api/v1/targets").then().statusCode(400)
                .body("code", equalTo("period-required"));
        assertThat(count("select count(*) from target")).isEqualTo(before);
    }
}
