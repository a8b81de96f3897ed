package io.zhaoshang.leads.projects;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What projects-service announces about projects made of leads, sent as it would send it. */
@QuarkusTest
class ProjectEventsTest {

    private static final String STATUS_CHANGED = "zhaoshang.lead.status-changed.v1";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), LeadsTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void the_project_made_of_a_converted_lead_makes_it_converted_once() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String uscc = LeadTestData.newUscc();
        String company = LeadTestData.company(zone, "济宁建项公司", uscc);
        String lead = converting(zone, company);

        String projectId = UUID.randomUUID().toString();
        String created = ProjectsTopic.example(ProjectsTopic.CREATED, Map.of("projectId", projectId, "zone", zone,
                "companyName", "济宁建项公司", "companyUscc", uscc, "leadId", lead));
        String eventId = ProjectsTopic.send(ProjectsTopic.CREATED, projectId, created);
        ProjectsTopic.awaitHandled(eventId);

        assertThat(rows("select status, project_id::text as project, version, updated_by from lead where id = ?::uuid",
                lead).get(0)).containsEntry("status", "CONVERTED").containsEntry("project", projectId)
                .containsEntry("version", 4L).containsEntry("updated_by", "leads-service");
        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads/{id}", lead).then().statusCode(200)
                .body("status", equalTo("CONVERTED")).body("conversion.projectId", equalTo(projectId))
                .body("conversion.convertedAt", notNullValue()).body("conversion.projectAbandoned", equalTo(false));
        ConsumerRecord<String, String> changed = topic.awaitRecords(r -> lead.equals(r.key())
                && STATUS_CHANGED.equals(header(r, "ce_type"))
                && r.value().contains("\"CONVERTED\""), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(STATUS_CHANGED, changed.value());
        JsonNode data = json.readTree(changed.value());
        assertThat(data.get("previousStatus").asText()).isEqualTo("ASSESSED");
        assertThat(data.get("projectId").asText()).isEqualTo(projectId);
        assertThat(data.get("changedBy").asText()).isEqualTo("leads-service");

        // a redelivery and a second announcement of the same project change nothing
        ProjectsTopic.send(eventId, ProjectsTopic.CREATED, projectId, created);
        ProjectsTopic.awaitHandled(ProjectsTopic.send(ProjectsTopic.CREATED, projectId, created));
        assertThat(count("select count(*) from lead where id = ?::uuid and version = 4", lead)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", lead,
                STATUS_CHANGED)).isEqualTo(3); // CONTACTED, ASSESSED, CONVERTED
        assertThat(count("select count(*) from project where id = ?::uuid", projectId)).isEqualTo(1);
    }

    @Test
    void an_abandoned_project_marks_its_lead_and_other_stages_and_types_change_nothing() {
        String zone = LeadTestData.zoneWithTeams();
        String uscc = LeadTestData.newUscc();
        String lead = converting(zone, LeadTestData.company(zone, "济宁终止公司", uscc));
        String projectId = ProjectsTopic.created(zone, "济宁终止公司", uscc, lead);

        ProjectsTopic.awaitHandled(ProjectsTopic.send(ProjectsTopic.STAGE_CHANGED, projectId,
                ProjectsTopic.example(ProjectsTopic.STAGE_CHANGED, Map.of("projectId", projectId, "zone", zone,
                        "from", "NEGOTIATING", "to", "SIGNED", "version", 1))));
        ProjectsTopic.awaitHandled(ProjectsTopic.send("zhaoshang.project.land-requested.v1", projectId,
                EventContract.example("zhaoshang.project.land-requested.v1")));
        assertThat(rows("select version, project_abandoned_at from lead where id = ?::uuid", lead).get(0))
                .containsEntry("version", 4L).containsEntry("project_abandoned_at", null);

        ProjectsTopic.awaitHandled(ProjectsTopic.send(ProjectsTopic.STAGE_CHANGED, projectId,
                ProjectsTopic.example(ProjectsTopic.STAGE_CHANGED, Map.of("projectId", projectId, "zone", zone,
                        "from", "SIGNED", "to", "ABANDONED", "reason", "企业投资计划调整", "version", 2))));
        // an older version arriving late does not revive it
        ProjectsTopic.awaitHandled(ProjectsTopic.send(ProjectsTopic.STAGE_CHANGED, projectId,
                ProjectsTopic.example(ProjectsTopic.STAGE_CHANGED, Map.of("projectId", projectId, "zone", zone,
                        "from", "NEGOTIATING", "to", "SIGNED", "version", 1))));

        assertThat(rows("select stage, version from project where id = ?::uuid", projectId).get(0))
                .containsEntry("stage", "ABANDONED").containsEntry("version", 2L);
        assertThat(rows("select status, version from lead where id = ?::uuid", lead).get(0))
                .containsEntry("status", "CONVERTED").containsEntry("version", 5L);
        LeadTestData.admin(zone).get("/api/v1/leads/{id}", lead).then().statusCode(200)
                .body("conversion.projectAbandoned", equalTo(true))
                .body("conversion.projectAbandonedAt", equalTo("2026-12-15T02:40:00Z"));
    }

    /** An assessed lead of GOV-1, converted. */
    private static String converting(String zone, String company) {
        String lead = LeadTestData.report(zone, "GOV-1", company);
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"0\"").body("{\"status\": \"CONTACTED\"}")
                .post("/api/v1/leads/{id}/status-changes", lead).then().statusCode(200);
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\"").body("{\"status\": \"ASSESSED\"}")
                .post("/api/v1/leads/{id}/status-changes", lead).then().statusCode(200);
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/conversions", lead).then().statusCode(202);
        return lead;
    }
}
