package io.zhaoshang.leads.collision;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.leads.projects.ProjectsTopic;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A company with an active project collides like one with an active lead (撞单). */
@QuarkusTest
class ProjectCollisionTest {

    @Test
    void reporting_a_company_with_an_active_project_is_a_collision_naming_the_project() {
        String zone = LeadTestData.zoneWithTeams();
        String uscc = LeadTestData.newUscc();
        String company = LeadTestData.company(zone, "济宁在建项目公司", uscc);
        // projects knows the company by another spelling: the USCC decides
        String projectId = ProjectsTopic.created(zone, "济宁在建项目集团", uscc, null);

        String collisionId = LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(company))
                .post("/api/v1/leads").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("lead-collision"))
                .body("existingProjectId", equalTo(projectId))
                .body("existingLeadId", nullValue())
                .body("ownerTeam", equalTo("GOV-1"))
                .extract().path("collisionId");

        assertThat(count("select count(*) from lead where zone = ?", zone)).isZero();
        assertThat(rows("select lead_id, project_id::text as project, company_id::text as company, owner_team,"
                + " reporter_team, status from collision where id = ?::uuid", collisionId).get(0))
                .containsEntry("lead_id", null).containsEntry("project", projectId)
                .containsEntry("company", company).containsEntry("owner_team", "GOV-1")
                .containsEntry("reporter_team", "GOV-2").containsEntry("status", "OPEN");
        // the collision events name a lead: a collision with a project is not announced
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", collisionId)).isZero();
        LeadTestData.admin(zone).get("/api/v1/collisions").then().statusCode(200)
                .body("items.projectId", contains(projectId));

        LeadTestData.admin(zone).body("{\"decision\": \"TRANSFER\"}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(422).body("code", equalTo("collision-with-project"));
        LeadTestData.admin(zone).body("{\"decision\": \"KEEP_FIRST\", \"note\": \"项目已在谈\"}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(200).body("status", equalTo("ADJUDICATED")).body("decision", equalTo("KEEP_FIRST"));
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", collisionId)).isZero();
    }

    @Test
    void without_a_uscc_the_normalised_name_collides_until_the_project_is_abandoned() {
        String zone = LeadTestData.zoneWithTeams();
        String foreign = LeadTestData.company(zone, "福州新銳儲能科技", null);
        String projectId = ProjectsTopic.created(zone, "福州新锐储能科技有限公司", null, null);

        LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(foreign)).post("/api/v1/leads")
                .then().statusCode(409).body("existingProjectId", equalTo(projectId));

        ProjectsTopic.awaitHandled(ProjectsTopic.send(ProjectsTopic.STAGE_CHANGED, projectId,
                ProjectsTopic.example(ProjectsTopic.STAGE_CHANGED, Map.of("projectId", projectId, "zone", zone,
                        "from", "NEGOTIATING", "to", "ABANDONED", "reason", "企业撤回", "version", 1))));
        LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(foreign)).post("/api/v1/leads")
                .then().statusCode(201);
    }

    @Test
    void a_converted_lead_holds_its_company_through_its_project() {
        String zone = LeadTestData.zoneWithTeams();
        String uscc = LeadTestData.newUscc();
        String company = LeadTestData.company(zone, "济宁转化撞单公司", uscc);
        String lead = LeadTestData.report(zone, "GOV-1", company);
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"0\"").body("{\"status\": \"CONTACTED\"}")
                .post("/api/v1/leads/{id}/status-changes", lead).then().statusCode(200);
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\"").body("{\"status\": \"ASSESSED\"}")
                .post("/api/v1/leads/{id}/status-changes", lead).then().statusCode(200);
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/conversions", lead).then().statusCode(202);
        String projectId = ProjectsTopic.created(zone, "济宁转化撞单公司", uscc, lead);

        LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(company)).post("/api/v1/leads")
                .then().statusCode(409).body("existingProjectId", equalTo(projectId));
    }
}
