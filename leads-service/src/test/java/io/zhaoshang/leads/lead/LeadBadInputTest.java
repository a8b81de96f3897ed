package io.zhaoshang.leads.lead;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.parks.ParksTopic;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad input gets a clear problem and changes nothing: no lead, no collision, no event. */
@QuarkusTest
class LeadBadInputTest {

    private String zone;
    private String company;

    @BeforeEach
    void zoneAndCompany() {
        zone = LeadTestData.zoneWithTeams();
        company = LeadTestData.company(zone, "济宁坏输入公司");
    }

    @Test
    void a_negative_investment_is_a_400_on_its_field() {
        refused(withInvestment("{\"amount\": \"-1.00\", \"currency\": \"CNY\"}"), 400, "validation-failed")
                .body("errors.field", hasItem("intendedInvestment.amount"));
    }

    @Test
    void a_currency_not_in_iso_4217_is_a_400() {
        refused(withInvestment("{\"amount\": \"100.00\", \"currency\": \"XYZ\"}"), 400, "validation-failed")
                .body("errors.field", hasItem("intendedInvestment.currency"));
    }

    @Test
    void a_foreign_amount_without_its_cny_equivalent_is_a_400() {
        refused(withInvestment("{\"amount\": \"100.00\", \"currency\": \"USD\"}"), 400, "validation-failed")
                .body("errors.field", hasItem("intendedInvestment.cnyEquivalent"));
    }

    @Test
    void land_with_three_decimals_is_a_400() {
        refused(LeadTestData.minimalBody(company).replace("}", ", \"landMu\": 1.234}"), 400, "validation-failed")
                .body("errors.field", hasItem("landMu"));
    }

    @Test
    void an_unknown_enum_value_is_a_400_naming_the_accepted_ones() {
        refused(LeadTestData.minimalBody(company).replace("BUILD_CHAIN", "MAKE_CHAIN"), 400, "invalid-enum-value");
    }

    @Test
    void an_unknown_industry_is_a_422() {
        refused(LeadTestData.minimalBody(company).replace("SEI-04.01", "SEI-99.99"), 422, "unknown-industry")
                .body("errors[0].field", equalTo("industryCode"));
    }

    @Test
    void an_unknown_company_is_a_422() {
        refused(LeadTestData.minimalBody(UUID.randomUUID().toString()), 422, "unknown-company");
    }

    @Test
    void an_unknown_team_is_a_422_in_chinese_when_asked() {
        LeadTestData.member(zone, "GHOST").header("Accept-Language", "zh-CN").body(LeadTestData.minimalBody(company))
                .post("/api/v1/leads")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("unknown-team"))
                .body("title", equalTo("未知队伍"))
                .body("detail", equalTo("队伍 GHOST 不是本开发区已知的招商队伍（队伍在考核服务中登记）。"));
        nothingChanged();
    }

    @Test
    void an_unknown_park_and_a_retired_park_are_422() {
        refused(withPark(UUID.randomUUID().toString()), 422, "unknown-park")
                .body("errors[0].field", equalTo("targetParkId"));
        String parkId = UUID.randomUUID().toString();
        ParksTopic.awaitHandled(ParksTopic.send("zhaoshang.park.registered.v1", parkId, """
                {"parkId": "%s", "zone": "%s", "code": "OLD", "name": "旧园区", "kind": "OTHER", "parentId": null,
                 "status": "ACTIVE", "areaMu": 10.0, "leadingIndustries": ["SEI-04.01"], "address": null, "version": 0}
                """.formatted(parkId, zone)));
        ParksTopic.awaitHandled(ParksTopic.send("zhaoshang.park.retired.v1", parkId,
                "{\"parkId\": \"%s\", \"zone\": \"%s\", \"version\": 1}".formatted(parkId, zone)));
        refused(withPark(parkId), 422, "park-not-open");
    }

    @Test
    void a_team_member_without_a_team_is_a_403() {
        LeadTestData.as("no-team", zone, null, "team-member").body(LeadTestData.minimalBody(company))
                .post("/api/v1/leads").then().statusCode(403).body("code", equalTo("team-missing"));
        nothingChanged();
    }

    private io.restassured.response.ValidatableResponse refused(String body, int status, String code) {
        io.restassured.response.ValidatableResponse response = LeadTestData.member(zone, "GOV-1").body(body)
                .post("/api/v1/leads").then().statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code));
        nothingChanged();
        return response;
    }

    private void nothingChanged() {
        assertThat(count("select count(*) from lead where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from collision where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_type in ('lead', 'collision')"
                + " and payload::jsonb ->> 'zone' = ?", zone)).isZero();
    }

    private String withInvestment(String money) {
        return LeadTestData.minimalBody(company).replace("}", ", \"intendedInvestment\": " + money + "}");
    }

    private String withPark(String parkId) {
        return LeadTestData.minimalBody(company).replace("}", ", \"targetParkId\": \"" + parkId + "\"}");
    }
}
