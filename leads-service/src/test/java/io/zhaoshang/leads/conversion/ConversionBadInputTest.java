package io.zhaoshang.leads.conversion;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.leads.lead.LeadTestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refused conversion gets a clear problem and changes nothing: no converted lead, no event. */
@QuarkusTest
class ConversionBadInputTest {

    private String zone;

    @BeforeEach
    void zone() {
        zone = LeadTestData.zoneWithTeams();
    }

    @Test
    void converting_a_new_lead_is_a_409_in_chinese_when_asked() {
        String lead = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁新线索公司"));
        String code = LeadTestData.admin(zone).get("/api/v1/leads/{id}", lead).then().extract().path("code");
        refused(LeadTestData.member(zone, "GOV-1").header("Accept-Language", "zh-CN"), lead, 409, "lead-not-assessed")
                .body("status", equalTo(409)).body("leadStatus", equalTo("NEW"))
                .body("title", equalTo("线索尚未研判"))
                .body("detail", equalTo("线索 " + code + " 的状态为 NEW；只有已研判（ASSESSED）的线索才能转化为项目。"));
    }

    @Test
    void converting_twice_is_a_409_and_publishes_once() {
        String lead = Conversions.assessedLead(zone, "GOV-1", LeadTestData.company(zone, "济宁两次转化公司"));
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/conversions", lead).then().statusCode(202);

        LeadTestData.admin(zone).post("/api/v1/leads/{id}/conversions", lead)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("lead-already-converted"));
        assertThat(count("select count(*) from lead where id = ?::uuid and version = 3", lead)).isEqualTo(1);
        assertThat(conversionEvents()).isEqualTo(1);
    }

    @Test
    void another_teams_lead_is_a_404_to_see_and_its_public_lead_a_403_to_convert() {
        String held = Conversions.assessedLead(zone, "GOV-1", LeadTestData.company(zone, "济宁他队公司"));
        refused(LeadTestData.member(zone, "GOV-2"), held, 404, "not-found");

        String pooled = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁公海转化公司"));
        LeadTestData.admin(zone).header("If-Match", "\"0\"").body("{\"status\": \"CONTACTED\"}")
                .post("/api/v1/leads/{id}/status-changes", pooled).then().statusCode(200);
        LeadTestData.admin(zone).header("If-Match", "\"1\"").body("{\"status\": \"ASSESSED\"}")
                .post("/api/v1/leads/{id}/status-changes", pooled).then().statusCode(200);
        refused(LeadTestData.member(zone, "GOV-2"), pooled, 403, "lead-not-yours");
        // the project needs an owner team
        refused(LeadTestData.admin(zone), pooled, 409, "lead-in-public-pool");
    }

    @Test
    void an_unknown_lead_is_a_404_and_a_stale_etag_a_412() {
        refused(LeadTestData.member(zone, "GOV-1"), UUID.randomUUID().toString(), 404, "not-found");
        String lead = Conversions.assessedLead(zone, "GOV-1", LeadTestData.company(zone, "济宁旧版本公司"));
        refused(LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\""), lead, 412, "precondition-failed");
    }

    @Test
    void a_viewer_may_not_convert() {
        String lead = Conversions.assessedLead(zone, "GOV-1", LeadTestData.company(zone, "济宁观察员公司"));
        LeadTestData.as(zone, null, "viewer").post("/api/v1/leads/{id}/conversions", lead).then().statusCode(403);
        assertThat(conversionEvents()).isZero();
    }

    private ValidatableResponse refused(RequestSpecification caller, String lead, int status, String code) {
        ValidatableResponse response = caller.post("/api/v1/leads/{id}/conversions", lead)
                .then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
        assertThat(count("select count(*) from lead where zone = ? and conversion_requested_at is not null", zone))
                .isZero();
        assertThat(conversionEvents()).isZero();
        return response;
    }

    private long conversionEvents() {
        return count("select count(*) from outbox_event where event_type = 'zhaoshang.lead.converted.v1'"
                + " and payload::jsonb ->> 'zone' = ?", zone);
    }
}
