package io.zhaoshang.projects.capital;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.projects.ProjectsTestStack;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Capital arriving for a signed project: recorded once per key, added up on the project, published for scoring. */
@QuarkusTest
class CapitalArrivalTest {

    private static final String ARRIVED = "zhaoshang.project.capital-arrived.v1";

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
    void instalments_add_up_on_the_project_and_each_is_published_once() throws Exception {
        String zone = Projects.newZone();
        String id = Capital.signedProject(zone);
        String key = UUID.randomUUID().toString();
        String first = Capital.cny("300000000", Stages.TODAY);

        ExtractableResponse<Response> created = Projects.member(zone).header("Idempotency-Key", key).body(first)
                .post("/api/v1/projects/{id}/capital-arrivals", id).then().statusCode(201)
                .body("amount.amount", equalTo("300000000.00"))
                .body("arrivedTotal.amount", equalTo("300000000.00"))
                .body("source", equalTo("企业自有资金"))
                .body("override", equalTo(false))
                .extract();
        String arrivalId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/projects/" + id + "/capital-arrivals/" + arrivalId);
        // a retry with the same key records nothing more
        Projects.member(zone).header("Idempotency-Key", key).body(first)
                .post("/api/v1/projects/{id}/capital-arrivals", id).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(arrivalId));
        // a foreign currency counts with its CNY equivalent
        Capital.report(zone, id, """
                {"date": "%s", "amount": {"amount": "10000000", "currency": "USD", "cnyEquivalent": "72000000"},
                 "source": "外资股东增资"}""".formatted(Stages.TODAY)).statusCode(201)
                .body("arrivedTotal.amount", equalTo("372000000.00"));

        Projects.as(zone, null, Roles.VIEWER).get("/api/v1/projects/{id}/capital-arrivals", id).then().statusCode(200)
                .body("signedAmount.amount", equalTo(Capital.SIGNED))
                .body("arrivedTotal.amount", equalTo("372000000.00"))
                .body("items.amount.currency", contains("CNY", "USD"))
                .body("items.arrivedTotal.amount", contains("300000000.00", "372000000.00"));
        Projects.member(zone).get("/api/v1/projects/{id}", id).then().statusCode(200)
                .body("capitalArrived.amount", equalTo("372000000.00"))
                .body("agreement.signedAmount.amount", equalTo(Capital.SIGNED));
        Projects.member(zone).get("/api/v1/projects/{id}/capital-arrivals/{aid}", id, arrivalId).then()
                .statusCode(200).body("date", equalTo(Stages.TODAY.toString()));
        assertThat(count("select count(*) from capital_arrival where project_id = ?::uuid", id)).isEqualTo(2);

        List<ConsumerRecord<String, String>> arrived = topic.awaitRecords(
                r -> id.equals(r.key()) && ARRIVED.equals(header(r, "ce_type")), 2, Duration.ofSeconds(30));
        arrived.forEach(record -> EventContract.assertValid(ARRIVED, record.value()));
        JsonNode data = json.readTree(arrived.get(0).value());
        assertThat(data.get("projectId").asText()).isEqualTo(id);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("ownerTeam").asText()).isEqualTo(Projects.TEAM);
        assertThat(data.get("teamShares").get(Projects.TEAM).asInt()).isEqualTo(100);
        assertThat(data.get("arrivalId").asText()).isEqualTo(arrivalId);
        assertThat(data.get("amountCny").asText()).isEqualTo("300000000.00");
        assertThat(data.get("arrivedTotalCny").asText()).isEqualTo("300000000.00");
        assertThat(data.get("date").asText()).isEqualTo(Stages.TODAY.toString());
        assertThat(json.readTree(arrived.get(1).value()).get("amountCny").asText()).isEqualTo("72000000.00");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", id,
                ARRIVED)).isEqualTo(2);
    }

    @Test
    void capital_past_three_times_the_signed_amount_is_recorded_when_the_reporter_says_why() throws Exception {
        String zone = Projects.newZone();
        String id = Capital.signedProject(zone);
        Capital.report(zone, id, Capital.cny(Capital.LIMIT, Stages.TODAY)).statusCode(201);

        Capital.report(zone, id, """
                {"date": "%s", "amount": {"amount": "100000000", "currency": "CNY"}, "source": "追加投资",
                 "override": true, "overrideReason": "追加投资，补充协议待签"}""".formatted(Stages.TODAY))
                .statusCode(201)
                .body("override", equalTo(true))
                .body("overrideReason", equalTo("追加投资，补充协议待签"))
                .body("arrivedTotal.amount", equalTo("3550000000.00"));

        List<ConsumerRecord<String, String>> arrived = topic.awaitRecords(
                r -> id.equals(r.key()) && ARRIVED.equals(header(r, "ce_type")), 2, Duration.ofSeconds(30));
        arrived.forEach(record -> EventContract.assertValid(ARRIVED, record.value()));
        JsonNode overridden = json.readTree(arrived.get(1).value());
        assertThat(overridden.get("override").asBoolean()).isTrue();
        assertThat(overridden.get("arrivedTotalCny").asText()).isEqualTo("3550000000.00");
    }
}
