package io.zhaoshang.leads.lead;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A company merge moves the merged company's leads to the company that stays, and its undo moves them back. */
@QuarkusTest
class LeadCompanyMoveTest {

    @Test
    void the_leads_of_a_merged_company_move_to_the_survivor_and_back_on_undo() {
        String zone = LeadTestData.zoneWithTeams();
        String survivor = LeadTestData.company(zone, "济宁合并存续公司");
        String duplicate = LeadTestData.company(zone, "济宁合并重复公司");
        String lead = LeadTestData.report(zone, "GOV-1", duplicate);

        String mergeId = merge(zone, duplicate, survivor).then().statusCode(201).extract().path("id");

        assertThat(rows("select company_id::text as company_id from lead where id = ?::uuid", lead).get(0))
                .containsEntry("company_id", survivor);
        LeadTestData.admin(zone).queryParam("company", survivor).get("/api/v1/leads")
                .then().statusCode(200).body("items.id", contains(lead));
        LeadTestData.admin(zone).body(LeadTestData.minimalBody(survivor)).post("/api/v1/leads")
                .then().statusCode(409).body("code", equalTo("lead-collision")).body("existingLeadId", equalTo(lead));

        LeadTestData.admin(zone).delete("/api/v1/companies/{id}/merges/{mergeId}", duplicate, mergeId)
                .then().statusCode(200);

        assertThat(rows("select company_id::text as company_id from lead where id = ?::uuid", lead).get(0))
                .containsEntry("company_id", duplicate);
    }

    @Test
    void two_companies_with_an_active_lead_each_are_not_merged() {
        String zone = LeadTestData.zoneWithTeams();
        String survivor = LeadTestData.company(zone, "济宁双线索存续公司");
        String duplicate = LeadTestData.company(zone, "济宁双线索重复公司");
        String kept = LeadTestData.report(zone, "GOV-1", survivor);
        String other = LeadTestData.report(zone, "GOV-2", duplicate);

        merge(zone, duplicate, survivor).then().statusCode(409).body("code", equalTo("company-merge-active-leads"))
                .body("leadIds", contains(other, kept));

        assertThat(count("select count(*) from company_merge where company_id = ?::uuid", duplicate)).isZero();
        assertThat(rows("select status, merged_into from company where id = ?::uuid", duplicate)
                .get(0)).containsEntry("status", "ACTIVE").containsEntry("merged_into", null);
        assertThat(rows("select company_id::text as company_id from lead where id = ?::uuid", other).get(0))
                .containsEntry("company_id", duplicate);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = "
                + "'zhaoshang.company.merged.v1'", duplicate)).isZero();
    }

    private static io.restassured.response.Response merge(String zone, String id, String intoId) {
        String etag = LeadTestData.admin(zone).get("/api/v1/companies/{id}", id).then().extract().header("ETag");
        return LeadTestData.admin(zone).header("If-Match", etag).body("{\"intoCompanyId\": \"" + intoId + "\"}")
                .post("/api/v1/companies/{id}/merges", id);
    }
}
