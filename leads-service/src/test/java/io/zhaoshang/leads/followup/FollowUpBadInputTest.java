package io.zhaoshang.leads.followup;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.leads.lead.LeadTestData;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad follow-up gets a clear problem and changes nothing: no follow-up, no lead change, no event. */
@QuarkusTest
class FollowUpBadInputTest {

    private String zone;
    private String ours;

    @BeforeEach
    void zoneAndLead() {
        zone = LeadTestData.zoneWithTeams();
        ours = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁跟进坏输入公司"));
    }

    @Test
    void a_follow_up_on_another_teams_lead_is_a_403_in_chinese_when_asked() {
        String theirs = LeadTestData.report(zone, "GOV-2", LeadTestData.company(zone, "济宁他队公司"));
        String code = LeadTestData.member(zone, "GOV-2").get("/api/v1/leads/{id}", theirs).then().extract().path("code");

        LeadTestData.member(zone, "GOV-1").header("Accept-Language", "zh-CN")
                .body(FollowUps.body("MEETING", FollowUps.today(), ours, theirs)).post("/api/v1/follow-ups")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("lead-not-yours"))
                .body("title", equalTo("非本队伍线索"))
                .body("detail", equalTo("线索 " + code + " 不属于您的队伍。"));
        nothingChanged(theirs);
    }

    @Test
    void a_follow_up_dated_in_the_future_is_a_422_on_its_date() {
        String tomorrow = LocalDate.now(FollowUps.ZONE_TIME).plusDays(1).toString();
        refused(FollowUps.body("CALL", tomorrow, ours), 422, "follow-up-date-in-future")
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void a_follow_up_before_the_lead_was_reported_is_a_422() {
        String lastYear = LocalDate.now(FollowUps.ZONE_TIME).minusYears(1).toString();
        refused(FollowUps.body("CALL", lastYear, ours), 422, "follow-up-before-lead")
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void a_follow_up_on_a_lead_of_the_public_pool_is_a_409_claim_it_first() {
        String open = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁公海跟进公司"));
        refused(FollowUps.body("CALL", FollowUps.today(), open), 409, "lead-not-claimed")
                .body("leadId", equalTo(open));
        nothingChanged(open);
    }

    @Test
    void an_unknown_kind_is_a_400_naming_the_accepted_ones() {
        refused(FollowUps.body("DINNER", FollowUps.today(), ours), 400, "invalid-enum-value");
    }

    @Test
    void an_unknown_lead_and_no_participants_are_refused() {
        refused(FollowUps.body("CALL", FollowUps.today(), ours, UUID.randomUUID().toString()), 422, "unknown-lead");
        refused(FollowUps.body("CALL", FollowUps.today(), ours).replace("[\"张伟\", \"李娜（企业投资总监）\"]", "[]"),
                400, "validation-failed").body("errors[0].field", equalTo("participants"));
    }

    private ValidatableResponse refused(String body, int status, String code) {
        ValidatableResponse response = LeadTestData.member(zone, "GOV-1").body(body).post("/api/v1/follow-ups")
                .then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
        nothingChanged(ours);
        return response;
    }

    private void nothingChanged(String lead) {
        assertThat(count("select count(*) from follow_up where zone = ?", zone)).isZero();
        assertThat(rows("select version, last_follow_up_at from lead where id = ?::uuid", lead).get(0))
                .containsEntry("version", 0L).containsEntry("last_follow_up_at", null);
        assertThat(count("select count(*) from outbox_event where event_type = 'zhaoshang.follow-up.logged.v1' "
                + "and payload::jsonb ->> 'zone' = ?", zone)).isZero();
    }
}
