package io.zhaoshang.projects.project;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.ProjectsTestStack;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

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
    void creates_reads_and_lists_a_project_and_publishes_the_event() throws Exception {
        String zone = Projects.newZone();
        String parkId = EventTopics.registerPark(zone, null, "ACTIVE");
        String id = Projects.member(zone)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Projects.bodyWith("年产10GWh动力电池项目", null, """
                        {"amount": "120000000", "currency": "CNY"}""", "\"parkId\": \"" + parkId + "\""))
                .post("/api/v1/projects")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", matchesPattern("ZS-" + shanghaiYear() + "-\\d{6}"))
                .body("zone", equalTo(zone))
                .body("name", equalTo("年产10GWh动力电池项目"))
                .body("companyUscc", equalTo("91370800MA3C5U1X26"))
                .body("ownerTeam", equalTo(Projects.TEAM))
                .body("parkId", equalTo(parkId))
                .body("totalInvestment.amount", equalTo("120000000.00"))
                .body("totalInvestment.currency", equalTo("CNY"))
                .body("totalInvestment.cnyEquivalent", nullValue())
                .body("stage", equalTo("NEGOTIATING"))
                .body("tier", equalTo("KEY"))
                .body("createdBy", equalTo("team-member-of-" + zone + "-" + Projects.TEAM))
                .extract().path("id");

        String code = Projects.as(zone, null, Roles.VIEWER).get("/api/v1/projects/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("landMu", equalTo(120.5f))
                .body("expectedJobs", equalTo(800))
                .body("chainRole", equalTo("FILL_CHAIN"))
                .extract().path("code");
        Projects.member(zone).get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("nextCursor", nullValue());

        Map<String, Object> row = rows("select * from project where id = ?::uuid", id).get(0);
        assertThat(row).containsEntry("zone", zone).containsEntry("code", code)
                .containsEntry("owner_team", Projects.TEAM).containsEntry("stage", "NEGOTIATING")
                .containsEntry("tier", "KEY").containsEntry("total_investment_currency", "CNY")
                .containsEntry("total_investment_amount", new BigDecimal("120000000.00"))
                .containsEntry("total_investment_cny_equivalent", new BigDecimal("120000000.00"))
                .containsEntry("version", 0L);

        ConsumerRecord<String, String> event = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30))
                .get(0);
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_type")).isEqualTo("zhaoshang.project.created.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/projects");
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        assertThat(UUID.fromString(header(event, "ce_id")).version()).isEqualTo(7);
        assertThat(header(event, "traceparent")).startsWith("00-" + TRACE_ID + "-");
        EventContract.assertValid("zhaoshang.project.created.v1", event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("projectId").asText()).isEqualTo(id);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("code").asText()).isEqualTo(code);
        assertThat(data.get("name").asText()).isEqualTo("年产10GWh动力电池项目");
        assertThat(data.get("companyName").asText()).isEqualTo("济宁新能源科技有限公司");
        assertThat(data.get("companyUscc").asText()).isEqualTo("91370800MA3C5U1X26");
        assertThat(data.get("ownerTeam").asText()).isEqualTo(Projects.TEAM);
        assertThat(data.get("stage").asText()).isEqualTo("NEGOTIATING");
        assertThat(data.get("tier").asText()).isEqualTo("KEY");
        assertThat(data.get("totalInvestment")).isEqualTo(json.readTree("""
                {"amount": "120000000.00", "currency": "CNY"}"""));
        assertThat(data.get("industryCode").asText()).isEqualTo("SEI-04.01");
        assertThat(data.get("parkId").asText()).isEqualTo(parkId);
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void location_points_at_the_new_project() {
        String zone = Projects.newZone();
        String location = Projects.member(zone).body(Projects.body("项目", null, "5000000")).post("/api/v1/projects")
                .then().statusCode(201).extract().header("Location");
        String id = Projects.member(zone).get(location).then().statusCode(200).extract().path("id");
        assertThat(location).endsWith("/api/v1/projects/" + id);
    }

    @Test
    void codes_count_up_in_the_year_of_shanghai() {
        String zone = Projects.newZone();
        String first = createdCode(zone);
        String second = createdCode(zone);
        assertThat(List.of(first, second)).allMatch(code -> code.matches("ZS-" + shanghaiYear() + "-\\d{6}"));
        assertThat(number(second)).isGreaterThan(number(first));
        assertThat(count("select count(*) from project where code in (?, ?)", first, second)).isEqualTo(2);
    }

    @Test
    void a_foreign_investment_is_tiered_by_its_cny_equivalent() {
        String zone = Projects.newZone();
        String id = Projects.member(zone).body(Projects.bodyWith("Overseas fab", null, """
                        {"amount": "150000000.00", "currency": "USD", "cnyEquivalent": "1080000000.00"}"""))
                .post("/api/v1/projects")
                .then().statusCode(201)
                .body("totalInvestment.currency", equalTo("USD"))
                .body("totalInvestment.cnyEquivalent", equalTo("1080000000.00"))
                .body("tier", equalTo("MAJOR"))
                .extract().path("id");
        assertThat(rows("""
                select total_investment_amount a, total_investment_currency c, total_investment_cny_equivalent e, tier
                from project where id = ?::uuid""", id).get(0))
                .containsEntry("a", new BigDecimal("150000000.00")).containsEntry("c", "USD")
                .containsEntry("e", new BigDecimal("1080000000.00")).containsEntry("tier", "MAJOR");
        // a foreign amount on the wire carries its CNY equivalent, as the contract's Money says
        ConsumerRecord<String, String> event = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30))
                .get(0);
        EventContract.assertValid("zhaoshang.project.created.v1", event.value());
    }

    @Test
    void administrators_and_integrations_name_the_owner_team() {
        String zone = Projects.newZone();
        Projects.admin(zone).body(Projects.body("项目甲", Projects.OTHER_TEAM, "5000000")).post("/api/v1/projects")
                .then().statusCode(201)
                .body("ownerTeam", equalTo(Projects.OTHER_TEAM))
                .body("tier", equalTo("REGULAR"));
        Projects.as(zone, null, Roles.INTEGRATION).body(Projects.body("项目乙", Projects.TEAM, "5000000"))
                .post("/api/v1/projects")
                .then().statusCode(201).body("ownerTeam", equalTo(Projects.TEAM));
        assertThat(count("select count(*) from project where zone = ?", zone)).isEqualTo(2);
    }

    @Test
    void a_team_member_cannot_create_for_another_team() {
        String zone = Projects.newZone();
        long events = count("select count(*) from outbox_event");
        Projects.member(zone).body(Projects.body("项目", Projects.OTHER_TEAM, "5000000")).post("/api/v1/projects")
                .then().statusCode(403).body("code", equalTo("team-not-yours"));
        Projects.as(zone, Projects.TEAM, Roles.TEAM_LEAD).body(Projects.body("项目", Projects.OTHER_TEAM, "5000000"))
                .post("/api/v1/projects")
                .then().statusCode(403).body("code", equalTo("team-not-yours"));
        Projects.as(zone, null, Roles.TEAM_MEMBER).body(Projects.body("项目", null, "5000000"))
                .post("/api/v1/projects")
                .then().statusCode(403).body("code", equalTo("team-missing"));
        assertThat(count("select count(*) from project where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);

        Projects.as(zone, Projects.TEAM, Roles.TEAM_LEAD).body(Projects.body("项目", Projects.TEAM, "5000000"))
                .post("/api/v1/projects")
                .then().statusCode(201).body("ownerTeam", equalTo(Projects.TEAM));
    }

    @Test
    void another_zone_sees_nothing_of_this_one() {
        String zone = Projects.newZone();
        String id = Projects.create(zone, "5000000");
        String other = Projects.newZone();

        Projects.admin(other).get("/api/v1/projects/{id}", id).then().statusCode(404)
                .body("code", equalTo("not-found"));
        Projects.as(other, Projects.TEAM, Roles.TEAM_MEMBER).get("/api/v1/projects/{id}", id).then().statusCode(404);
        Projects.admin(other).get("/api/v1/projects").then().statusCode(200).body("items", hasSize(0));
        Projects.as(other, Projects.TEAM, Roles.TEAM_MEMBER).get("/api/v1/projects")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void a_team_sees_its_own_projects_and_the_administration_all() {
        String zone = Projects.newZone();
        String ours = Projects.create(zone, "5000000");
        String theirs = Projects.as(zone, Projects.OTHER_TEAM, Roles.TEAM_LEAD)
                .body(Projects.body("项目", null, "5000000")).post("/api/v1/projects")
                .then().statusCode(201).body("ownerTeam", equalTo(Projects.OTHER_TEAM)).extract().path("id");

        Projects.member(zone).get("/api/v1/projects/{id}", theirs).then().statusCode(404);
        Projects.member(zone).get("/api/v1/projects").then().statusCode(200).body("items.id", contains(ours));
        Projects.member(zone).queryParam("ownerTeam", Projects.OTHER_TEAM).get("/api/v1/projects")
                .then().statusCode(200).body("items", hasSize(0));
        Projects.as(zone, null, Roles.VIEWER).get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(ours, theirs));
        Projects.admin(zone).get("/api/v1/projects/{id}", theirs).then().statusCode(200);
    }

    @Test
    void the_same_idempotency_key_returns_the_first_answer() {
        String zone = Projects.newZone();
        String key = UUID.randomUUID().toString();
        String body = Projects.body("项目", null, "5000000");
        String first = Projects.member(zone).header("Idempotency-Key", key).body(body).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        Projects.member(zone).header("Idempotency-Key", key).body(body).post("/api/v1/projects")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));
        Projects.member(zone).header("Idempotency-Key", key).body(Projects.body("另一个项目", null, "5000000"))
                .post("/api/v1/projects")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));

        assertThat(count("select count(*) from project where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", first)).isEqualTo(1);
    }

    @Test
    void lists_page_by_id_and_filter_by_stage_tier_and_team() {
        String zone = Projects.newZone();
        String regular = Projects.create(zone, "99999999.99");
        String key = Projects.create(zone, "100000000");
        String major = Projects.admin(zone).body(Projects.body("项目", Projects.OTHER_TEAM, "1000000000"))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");

        String next = Projects.admin(zone).queryParam("limit", "2").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains(regular, key))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        Projects.admin(zone).queryParam("limit", "2").queryParam("cursor", next).get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(major)).body("nextCursor", nullValue());

        Projects.admin(zone).queryParam("tier", "KEY").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(key));
        Projects.admin(zone).queryParam("tier", "MAJOR").queryParam("stage", "NEGOTIATING").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(major));
        Projects.admin(zone).queryParam("stage", "SIGNED").get("/api/v1/projects")
                .then().statusCode(200).body("items", hasSize(0));
        Projects.admin(zone).queryParam("ownerTeam", Projects.TEAM).get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(regular, key));
    }

    @Test
    void pages_are_limited_and_a_bad_paging_parameter_is_refused() {
        String zone = Projects.newZone();
        Projects.member(zone).queryParam("limit", "201").get("/api/v1/projects")
                .then().statusCode(400).body("code", equalTo("invalid-limit"));
        Projects.member(zone).queryParam("cursor", "not-a-cursor").get("/api/v1/projects")
                .then().statusCode(400).body("code", equalTo("invalid-cursor"));
    }

    private static String createdCode(String zone) {
        return Projects.member(zone).body(Projects.body("项目", null, "5000000")).post("/api/v1/projects")
                .then().statusCode(201).extract().path("code");
    }

    private static int number(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }

    private static int shanghaiYear() {
        return Year.now(ProjectCode.YEAR_ZONE).getValue();
    }
}
