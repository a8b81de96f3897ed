package io.zhaoshang.projects.project;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.stage.Stages;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The editable fields of a project changed under its ETag; every bad update answered and changing nothing. */
@QuarkusTest
class ProjectUpdateTest {

    private static final String ROW = "select name, version, total_investment_amount, tier, park_id, land_mu, "
            + "commissioner, planned_start_date, planned_completion_date, updated_by from project where id = ?::uuid";

    /** An update of everything editable: in the park, 1.5 billion CNY, the dates and the people. */
    private static String update(String parkId, String totalAmount, LocalDate plannedStart, String landMu) {
        return """
                {"name": "年产20GWh动力电池二期项目", "parkId": %s,
                 "totalInvestment": {"amount": "%s", "currency": "CNY"},
                 "fixedAssetInvestment": {"amount": "1000000000", "currency": "CNY"},
                 "landMu": %s, "landUse": "INDUSTRIAL",
                 "expectedAnnualOutput": {"amount": "3000000000", "currency": "CNY"},
                 "expectedAnnualTax": {"amount": "150000000", "currency": "CNY"}, "expectedJobs": 1200,
                 "commissioner": "王海", "responsibleLeader": "李明",
                 "plannedStartDate": "%s", "plannedCompletionDate": "%s"}
                """.formatted(parkId == null ? "null" : "\"" + parkId + "\"", totalAmount, landMu, plannedStart,
                plannedStart.plusDays(540));
    }

    private static ValidatableResponse put(RequestSpecification caller, String id, String ifMatch, String body) {
        if (ifMatch != null) {
            caller.header("If-Match", ifMatch);
        }
        return caller.body(body).put("/api/v1/projects/{id}", id).then();
    }

    @Test
    void the_editable_fields_change_under_the_etag_and_the_tier_follows() {
        String zone = Projects.newZone();
        String id = Projects.create(zone, "60000000");
        String parkId = EventTopics.registerPark(zone, null, "ACTIVE");
        long events = count("select count(*) from outbox_event");

        put(Projects.member(zone), id, "\"0\"", update(parkId, "1500000000", Stages.TODAY.plusDays(30), "150.5"))
                .statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("年产20GWh动力电池二期项目")).body("parkId", equalTo(parkId))
                .body("totalInvestment.amount", equalTo("1500000000.00")).body("tier", equalTo("MAJOR"))
                .body("landMu", equalTo(150.5f)).body("commissioner", equalTo("王海"))
                .body("responsibleLeader", equalTo("李明")).body("expectedJobs", equalTo(1200))
                .body("plannedCompletionDate", equalTo(Stages.TODAY.plusDays(570).toString()))
                .body("stage", equalTo("NEGOTIATING")).body("ownerTeam", equalTo(Projects.TEAM));
        Map<String, Object> row = rows(ROW, id).get(0);
        assertThat(row).containsEntry("name", "年产20GWh动力电池二期项目").containsEntry("tier", "MAJOR")
                .containsEntry("park_id", UUID.fromString(parkId)).containsEntry("version", 1L)
                .containsEntry("commissioner", "王海");
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events); // no event: nobody needs one yet

        // left out is cleared; the tier goes down with the amount
        put(Projects.admin(zone), id, "\"1\"", """
                {"name": "年产20GWh动力电池二期项目", "totalInvestment": {"amount": "80000000", "currency": "CNY"}}""")
                .statusCode(200).header("ETag", "\"2\"").body("tier", equalTo("REGULAR"))
                .body("parkId", nullValue()).body("commissioner", nullValue()).body("landMu", nullValue());
    }

    @Test
    void bad_updates_are_answered_and_change_nothing() {
        String zone = Projects.newZone();
        String id = Projects.create(zone, "60000000");
        String parkId = EventTopics.registerPark(zone, null, "ACTIVE");
        String good = update(parkId, "1500000000", Stages.TODAY, "150");
        Map<String, Object> before = rows(ROW, id).get(0);

        put(Projects.member(zone), id, null, good).statusCode(428).body("code", equalTo("if-match-required"));
        put(Projects.member(zone).header("Accept-Language", "zh-CN"), id, null, good).statusCode(428)
                .body("title", equalTo("需要 If-Match"));
        put(Projects.member(zone), id, "\"7\"", good).statusCode(412).body("code", equalTo("precondition-failed"))
                .contentType("application/problem+json");
        put(Projects.member(zone).header("Accept-Language", "zh-CN"), id, "\"7\"", good).statusCode(412)
                .body("title", equalTo("ETag 已过期"));
        put(Projects.member(zone), id, "\"0\"", update(UUID.randomUUID().toString(), "1500000000", Stages.TODAY,
                "150")).statusCode(422).body("code", equalTo("unknown-park")).body("errors.field", contains("parkId"));
        put(Projects.member(zone).header("Accept-Language", "zh-CN"), id, "\"0\"", update(UUID.randomUUID().toString(),
                "1500000000", Stages.TODAY, "150")).statusCode(422).body("title", equalTo("未知园区"));
        put(Projects.member(zone), id, "\"0\"", update(parkId, "-5", Stages.TODAY, "150")).statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors.field", contains("totalInvestment.amount"));
        put(Projects.member(zone), id, "\"0\"", update(parkId, "1500000000", Stages.TODAY, "-3")).statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors.field", contains("landMu"));
        put(Projects.member(zone), id, "\"0\"", update(parkId, "1500000000", Stages.TODAY.minusDays(1), "150"))
                .statusCode(422).body("code", equalTo("date-before-project"))
                .body("errors.field", contains("plannedStartDate"));
        put(Projects.member(zone).header("Accept-Language", "zh-CN"), id, "\"0\"",
                update(parkId, "1500000000", Stages.TODAY.minusDays(1), "150")).statusCode(422)
                .body("title", equalTo("日期早于项目创建"));
        put(Projects.as(zone, Projects.OTHER_TEAM, "team-member"), id, "\"0\"", good).statusCode(404);
        assertThat(rows(ROW, id).get(0)).isEqualTo(before);
    }

    @Test
    void the_park_and_land_need_stay_while_parks_holds_the_request() {
        String zone = Projects.newZone();
        String id = Stages.projectWithLand(zone);
        String parkId = Projects.member(zone).get("/api/v1/projects/{id}", id).then().extract().path("parkId");
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);
        Map<String, Object> before = rows(ROW, id).get(0);
        String etag = "\"" + before.get("version") + "\"";

        put(Projects.member(zone), id, etag, update(parkId, "1200000000", Stages.TODAY, "200")).statusCode(409)
                .body("code", equalTo("land-request-open")).body("landStatus", equalTo("REQUESTED"));
        put(Projects.member(zone).header("Accept-Language", "zh-CN"), id, etag,
                update(parkId, "1200000000", Stages.TODAY, "200")).statusCode(409)
                .body("title", equalTo("用地已向园区申请"));
        assertThat(rows(ROW, id).get(0)).isEqualTo(before);
        put(Projects.member(zone), id, etag, update(parkId, "1200000000", Stages.TODAY, "120.5")).statusCode(200)
                .body("landMu", equalTo(120.5f)).body("land.status", equalTo("REQUESTED"));
    }
}
