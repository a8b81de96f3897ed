package io.zhaoshang.projects.land;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.ProjectsTestStack;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Land asked of parks again after a rejection: a new request event, the warning open until land is reserved. */
@QuarkusTest
class LandReRequestTest {

    private static final String LAND_REQUESTED = "zhaoshang.project.land-requested.v1";
    private static final String RESOLVED = "zhaoshang.project.warning-resolved.v1";
    private static final String LAND = "select land_status, land_request_event_id::text request, version "
            + "from project where id = ?::uuid";

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

    private static String approvingProject(String zone) {
        String id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);
        return id;
    }

    private static String request(String id) {
        return (String) rows(LAND, id).get(0).get("request");
    }

    /** Parks' answer of {@code type} to the request {@code requestEventId}, sent and handled. */
    private static void answer(String zone, String id, String type, String requestEventId) {
        String reservationId = UUID.randomUUID().toString();
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, type, reservationId, EventTopics.example(type,
                data -> data.put("reservationId", reservationId).put("projectId", id).put("zone", zone)
                        .put("requestEventId", requestEventId))));
    }

    private static List<String> openWarnings(String id) {
        return rows("select kind from warning where project_id = ?::uuid and resolved_at is null and subject = 'land'",
                id).stream().map(row -> (String) row.get("kind")).toList();
    }

    private static ValidatableResponse askAgain(RequestSpecification caller, String id, String ifMatch) {
        if (ifMatch != null) {
            caller.header("If-Match", ifMatch);
        }
        return caller.post("/api/v1/projects/{id}/land-requests", id).then();
    }

    private static String etag(String zone, String id) {
        return Projects.member(zone).get("/api/v1/projects/{id}", id).then().extract().header("ETag");
    }

    @Test
    void after_a_rejection_the_land_is_asked_again_and_the_warning_waits_for_a_reservation() throws Exception {
        String zone = Projects.newZone();
        String id = approvingProject(zone);
        String first = request(id);
        answer(zone, id, "zhaoshang.land.reservation-rejected.v1", first);
        assertThat(openWarnings(id)).containsExactly("LAND_REJECTED");

        askAgain(Projects.member(zone), id, etag(zone, id)).statusCode(202)
                .body("land.status", equalTo("REQUESTED")).body("stage", equalTo("APPROVING"));
        String second = request(id);
        assertThat(second).isNotEqualTo(first);
        List<ConsumerRecord<String, String>> asked = topic.awaitRecords(
                r -> id.equals(r.key()) && LAND_REQUESTED.equals(header(r, "ce_type")), 2, Duration.ofSeconds(30));
        ConsumerRecord<String, String> again = asked.get(1);
        assertThat(header(again, "ce_id")).isEqualTo(second);
        EventContract.assertValid(LAND_REQUESTED, again.value());
        JsonNode data = json.readTree(again.value());
        assertThat(data.get("projectId").asText()).isEqualTo(id);
        assertThat(data.get("areaMu").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(openWarnings(id)).as("asking again resolves nothing").containsExactly("LAND_REJECTED");

        answer(zone, id, "zhaoshang.land.reserved.v1", first); // a late answer to the first request: stale
        assertThat(rows(LAND, id).get(0).get("land_status")).isEqualTo("REQUESTED");
        assertThat(openWarnings(id)).containsExactly("LAND_REJECTED");

        answer(zone, id, "zhaoshang.land.reserved.v1", second);
        assertThat(rows(LAND, id).get(0).get("land_status")).isEqualTo("RESERVED");
        assertThat(openWarnings(id)).isEmpty();
        ConsumerRecord<String, String> resolved = topic.awaitRecords(r -> id.equals(r.key())
                && RESOLVED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        assertThat(json.readTree(resolved.value()).get("kind").asText()).isEqualTo("LAND_REJECTED");
    }

    @Test
    void land_is_asked_again_only_when_approving_with_nothing_pending_or_held() {
        String zone = Projects.newZone();
        String negotiating = Stages.projectWithLand(zone);
        String id = approvingProject(zone);
        Map<String, Object> before = rows(LAND, id).get(0);
        long events = count("select count(*) from outbox_event");

        askAgain(Projects.member(zone), id, etag(zone, id)).statusCode(409)
                .body("code", equalTo("land-request-not-allowed")).body("landStatus", equalTo("REQUESTED"))
                .body("stage", equalTo("APPROVING"));
        askAgain(Projects.member(zone).header("Accept-Language", "zh-CN"), id, etag(zone, id)).statusCode(409)
                .body("title", equalTo("当前不能申请用地"));
        askAgain(Projects.member(zone), negotiating, etag(zone, negotiating)).statusCode(409)
                .body("code", equalTo("land-request-not-allowed")).body("stage", equalTo("NEGOTIATING"));
        askAgain(Projects.member(zone), id, null).statusCode(428).body("code", equalTo("if-match-required"));
        askAgain(Projects.member(zone), id, "\"0\"").statusCode(412).body("code", equalTo("precondition-failed"));
        askAgain(Projects.as(zone, Projects.OTHER_TEAM, "team-member"), id, etag(zone, id)).statusCode(404);
        askAgain(Projects.as(zone, null, "viewer"), id, etag(zone, id)).statusCode(403);
        assertThat(rows(LAND, id).get(0)).isEqualTo(before);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }
}
