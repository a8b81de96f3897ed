package io.zhaoshang.projects.stage;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.ProjectsTestStack;
import io.zhaoshang.projects.project.Projects;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A project through its whole lifecycle: each move answered, recorded in the history and published. */
@QuarkusTest
class StageTransitionTest {

    private static final String STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";
    private static final String LAND_REQUESTED = "zhaoshang.project.land-requested.v1";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ProjectsTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void from_negotiation_to_production_with_the_land_asked_of_parks() throws Exception {
        String zone = Projects.newZone();
        String id = Stages.projectWithLand(zone);
        String parkId = Projects.member(zone).get("/api/v1/projects/{id}", id).then().extract().path("parkId");

        Stages.move(zone, id, Stages.signing()).statusCode(200)
                .header("ETag", "\"1\"")
                .body("stage", equalTo("SIGNED"))
                .body("agreement.type", equalTo("INVESTMENT"))
                .body("agreement.number", equalTo("JNGX-2026-031"))
                .body("agreement.signedAmount.amount", equalTo("1150000000.00"))
                .body("land.status", equalTo("NOT_REQUESTED"));

        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200)
                .body("stage", equalTo("APPROVING"))
                .body("land.status", equalTo("REQUESTED"));
        List<ConsumerRecord<String, String>> requests = topic.awaitRecords(
                r -> id.equals(r.key()) && LAND_REQUESTED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30));
        ConsumerRecord<String, String> request = requests.get(0);
        EventContract.assertValid(LAND_REQUESTED, request.value());
        JsonNode asked = json.readTree(request.value());
        assertThat(asked.get("projectId").asText()).isEqualTo(id);
        assertThat(asked.get("zone").asText()).isEqualTo(zone);
        assertThat(asked.get("parkId").asText()).isEqualTo(parkId);
        assertThat(asked.get("areaMu").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(asked.get("landUse").asText()).isEqualTo("INDUSTRIAL");
        assertThat(rows("select land_request_event_id::text e from project where id = ?::uuid", id).get(0))
                .containsEntry("e", header(request, "ce_id"));

        // parks answers: the parcels are held for the project
        String reservationId = UUID.randomUUID().toString();
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.land.reserved.v1", reservationId,
                EventTopics.example("zhaoshang.land.reserved.v1", data -> data.put("reservationId", reservationId)
                        .put("projectId", id).put("zone", zone).put("requestEventId", header(request, "ce_id")))));

        Stages.passMilestones(zone, id, "UNDER_CONSTRUCTION");
        Stages.move(zone, id, Stages.to("UNDER_CONSTRUCTION")).statusCode(200)
                .body("stage", equalTo("UNDER_CONSTRUCTION")).body("land.status", equalTo("RESERVED"));
        Stages.passMilestones(zone, id, "COMPLETED");
        Stages.move(zone, id, Stages.to("COMPLETED")).statusCode(200).body("stage", equalTo("COMPLETED"));
        Stages.move(zone, id, Stages.to("IN_PRODUCTION")).statusCode(200)
                .header("ETag", "\"6\"").body("stage", equalTo("IN_PRODUCTION"));

        Projects.member(zone).get("/api/v1/projects/{id}/stage-history", id).then().statusCode(200)
                .body("items.from", contains(null, "NEGOTIATING", "SIGNED", "APPROVING", "UNDER_CONSTRUCTION",
                        "COMPLETED"))
                .body("items.to", contains("NEGOTIATING", "SIGNED", "APPROVING", "UNDER_CONSTRUCTION", "COMPLETED",
                        "IN_PRODUCTION"))
                .body("items[1].agreement.number", equalTo("JNGX-2026-031"))
                .body("items[1].documents[0].name", equalTo("投资协议"))
                .body("items[1].reason", equalTo("签约仪式"))
                .body("items[1].date", equalTo(Stages.TODAY.toString()))
                .body("items[1].changedBy", equalTo("team-member-of-" + zone + "-" + Projects.TEAM));

        List<ConsumerRecord<String, String>> changes = topic.awaitRecords(
                r -> id.equals(r.key()) && STAGE_CHANGED.equals(header(r, "ce_type")), 5, Duration.ofSeconds(30));
        assertThat(changes).extracting(r -> json.readTree(r.value()).get("to").asText())
                .containsExactly("SIGNED", "APPROVING", "UNDER_CONSTRUCTION", "COMPLETED", "IN_PRODUCTION");
        changes.forEach(change -> EventContract.assertValid(STAGE_CHANGED, change.value()));
        JsonNode construction = json.readTree(changes.get(2).value());
        assertThat(construction.get("from").asText()).isEqualTo("APPROVING");
        assertThat(construction.get("zone").asText()).isEqualTo(zone);
        assertThat(construction.get("tier").asText()).isEqualTo("MAJOR");
        assertThat(construction.get("totalInvestmentCny").asText()).isEqualTo("1200000000.00");
        assertThat(construction.get("signedAmountCny").asText()).isEqualTo("1150000000.00");
        assertThat(construction.get("ownerTeam").asText()).isEqualTo(Projects.TEAM);
        assertThat(construction.get("teamShares").get(Projects.TEAM).asInt()).isEqualTo(100);
        assertThat(construction.get("parkId").asText()).isEqualTo(parkId);
        assertThat(construction.get("industryCode").asText()).isEqualTo("SEI-04.01");
        assertThat(construction.get("version").asLong()).isEqualTo(4);
        assertThat(count("select count(*) from stage_change where project_id = ?::uuid", id)).isEqualTo(6);
    }

    @Test
    void a_hold_resumes_to_where_it_was_and_an_abandonment_is_final() throws Exception {
        String zone = Projects.newZone();
        String id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, """
                {"to": "ON_HOLD", "date": "%s", "reason": "企业融资未到位"}""".formatted(Stages.TODAY)).statusCode(200)
                .body("stage", equalTo("ON_HOLD")).body("stageBeforeHold", equalTo("SIGNED"));
        Stages.move(zone, id, Stages.to("SIGNED")).statusCode(200)
                .body("stage", equalTo("SIGNED")).body("stageBeforeHold", nullValue())
                .body("agreement.number", equalTo("JNGX-2026-031"));
        Stages.move(zone, id, """
                {"to": "ABANDONED", "date": "%s", "reason": "企业落户他市"}""".formatted(Stages.TODAY)).statusCode(200)
                .body("stage", equalTo("ABANDONED"));

        List<ConsumerRecord<String, String>> changes = topic.awaitRecords(
                r -> id.equals(r.key()) && STAGE_CHANGED.equals(header(r, "ce_type")), 4, Duration.ofSeconds(30));
        JsonNode abandoned = json.readTree(changes.get(3).value());
        EventContract.assertValid(STAGE_CHANGED, changes.get(3).value());
        assertThat(abandoned.get("from").asText()).isEqualTo("SIGNED");
        assertThat(abandoned.get("to").asText()).isEqualTo("ABANDONED");
        assertThat(abandoned.get("reason").asText()).isEqualTo("企业落户他市");
        assertThat(count("select count(*) from stage_change where project_id = ?::uuid and to_stage = 'ON_HOLD' "
                + "and reason = '企业融资未到位'", id)).isEqualTo(1);
    }

    @Test
    void construction_may_start_on_a_waiver_recorded_with_who_gave_it() {
        String zone = Projects.newZone();
        String id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);
        Stages.passMilestones(zone, id, "UNDER_CONSTRUCTION");
        Stages.move(zone, id, """
                {"to": "UNDER_CONSTRUCTION", "date": "%s", "landWaiver": {"reason": "利用企业自有存量用地"}}"""
                .formatted(Stages.TODAY)).statusCode(200)
                .body("stage", equalTo("UNDER_CONSTRUCTION"))
                .body("land.status", equalTo("REQUESTED"))
                .body("land.waiver.reason", equalTo("利用企业自有存量用地"))
                .body("land.waiver.by", equalTo("team-member-of-" + zone + "-" + Projects.TEAM));
        Projects.member(zone).get("/api/v1/projects/{id}/stage-history", id).then()
                .body("items[3].landWaiver.reason", equalTo("利用企业自有存量用地"));
    }

    @Test
    void the_history_cannot_be_rewritten() {
        String zone = Projects.newZone();
        String id = Projects.create(zone, "5000000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> count(
                "with d as (delete from stage_change where project_id = ?::uuid returning 1) select count(*) from d", id))
                .hasRootCauseMessage("ERROR: stage history is append-only: DELETE refused\n  Where: PL/pgSQL function "
                        + "stage_change_append_only() line 3 at RAISE");
        assertThat(count("select count(*) from stage_change where project_id = ?::uuid", id)).isEqualTo(1);
    }
}
