package io.zhaoshang.leads.collision;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.leads.teams.ScoringTopic;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CollisionTest {

    private static final String DETECTED = "zhaoshang.collision.detected.v1";
    private static final String ADJUDICATED = "zhaoshang.collision.adjudicated.v1";

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
    void a_second_report_of_a_company_creates_no_lead_and_is_recorded_as_a_collision() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String company = LeadTestData.company(zone, "济宁撞单股份有限公司");
        String first = LeadTestData.report(zone, "GOV-1", company);
        String reportedAt = LeadTestData.admin(zone).get("/api/v1/leads/{id}", first).then().extract().path("createdAt");

        // GOV-2 cannot see GOV-1's lead, and still collides: dedup runs over the whole zone
        String collisionId = LeadTestData.member(zone, "GOV-2").body(LeadTestData.body(company)).post("/api/v1/leads")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("lead-collision"))
                .body("existingLeadId", equalTo(first))
                .body("ownerTeam", equalTo("GOV-1"))
                .body("reportedAt", equalTo(reportedAt))
                .body("collisionId", notNullValue())
                .extract().path("collisionId");

        assertThat(count("select count(*) from lead where zone = ?", zone)).isEqualTo(1);
        assertThat(rows("select lead_id::text as lead, owner_team, reporter_team, created_by, status,"
                + " proposal->>'title' as title from collision where id = ?::uuid", collisionId).get(0))
                .containsEntry("lead", first).containsEntry("owner_team", "GOV-1")
                .containsEntry("reporter_team", "GOV-2").containsEntry("created_by", "team-member-GOV-2-of-" + zone)
                .containsEntry("status", "OPEN").containsEntry("title", "新建生物医药中间体项目");

        ConsumerRecord<String, String> detected = topic.awaitRecords(r -> collisionId.equals(r.key()), 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(header(detected, "ce_type")).isEqualTo(DETECTED);
        EventContract.assertValid(DETECTED, detected.value());
        JsonNode data = json.readTree(detected.value());
        assertThat(data.get("leadId").asText()).isEqualTo(first);
        assertThat(data.get("reporterTeam").asText()).isEqualTo("GOV-2");
        assertThat(data.get("zone").asText()).isEqualTo(zone);

        LeadTestData.member(zone, "GOV-2").get("/api/v1/collisions").then().statusCode(200)
                .body("items.id", contains(collisionId)).body("items[0].proposal.chainRole", equalTo("FILL_CHAIN"));
        LeadTestData.member(zone, "GOV-1").get("/api/v1/collisions/{id}", collisionId).then().statusCode(200);
        ScoringTopic.registerTeam(zone, "GOV-3");
        LeadTestData.member(zone, "GOV-3").get("/api/v1/collisions").then().statusCode(200).body("items", hasSize(0));
        LeadTestData.member(zone, "GOV-3").get("/api/v1/collisions/{id}", collisionId).then().statusCode(404);
        LeadTestData.admin(zone).queryParam("status", "OPEN").get("/api/v1/collisions").then().statusCode(200)
                .body("items.id", contains(collisionId));
    }

    @Test
    void a_company_without_uscc_collides_by_its_normalised_name_and_two_usccs_do_not() {
        String zone = LeadTestData.zoneWithTeams();
        String chinese = LeadTestData.company(zone, "济宁华为技术有限公司");
        String first = LeadTestData.report(zone, "GOV-1", chinese);
        String foreign = LeadTestData.company(zone, "濟寧 華為技術 集團", null);
        LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(foreign)).post("/api/v1/leads")
                .then().statusCode(409).body("code", equalTo("lead-collision")).body("existingLeadId", equalTo(first));

        String sibling = LeadTestData.company(zone, "济宁华为技术集团");
        LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(sibling)).post("/api/v1/leads")
                .then().statusCode(201);
    }

    @Test
    void a_company_whose_lead_was_lost_may_be_reported_again() {
        String zone = LeadTestData.zoneWithTeams();
        String company = LeadTestData.company(zone, "济宁流失公司");
        String first = LeadTestData.report(zone, "GOV-1", company);
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"0\"").body("{\"status\": \"INVALID\"}")
                .post("/api/v1/leads/{id}/status-changes", first).then().statusCode(200);
        LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(company)).post("/api/v1/leads")
                .then().statusCode(201).body("ownerTeam", equalTo("GOV-2"));
    }

    @Test
    void the_administration_shares_the_credit_once_and_scoring_learns_the_split() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String collisionId = collide(zone);

        LeadTestData.member(zone, "GOV-1").body("{\"decision\": \"KEEP_FIRST\"}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId).then().statusCode(403);
        LeadTestData.admin(zone).body("{\"decision\": \"SHARE\", \"shares\": {\"GOV-1\": 60, \"GOV-2\": 30}}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(422).body("code", equalTo("invalid-share-split"))
                .body("errors[0].field", equalTo("shares"));
        LeadTestData.admin(zone).body("{\"decision\": \"SHARE\", \"shares\": {\"GOV-1\": 60, \"GOV-9\": 40}}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(422).body("code", equalTo("invalid-share-split"));
        LeadTestData.admin(zone).body("{\"decision\": \"KEEP_FIRST\", \"shares\": {\"GOV-1\": 60, \"GOV-2\": 40}}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(422).body("code", equalTo("shares-only-for-share"));
        LeadTestData.admin(zone).body("{\"decision\": \"SPLIT\"}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        assertThat(count("select count(*) from collision where id = ?::uuid and status = 'OPEN'", collisionId))
                .isEqualTo(1);

        LeadTestData.admin(zone).body("{\"decision\": \"SHARE\", \"shares\": {\"GOV-2\": 40, \"GOV-1\": 60}, "
                + "\"note\": \"双方均有实质跟进\"}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(200).body("status", equalTo("ADJUDICATED")).body("decision", equalTo("SHARE"))
                .body("shares.GOV-1", equalTo(60)).body("shares.GOV-2", equalTo(40));
        LeadTestData.admin(zone).body("{\"decision\": \"KEEP_FIRST\"}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId)
                .then().statusCode(409).body("code", equalTo("collision-adjudicated")).body("decision", equalTo("SHARE"));

        ConsumerRecord<String, String> adjudicated = topic.awaitRecords(r -> collisionId.equals(r.key())
                && ADJUDICATED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(ADJUDICATED, adjudicated.value());
        JsonNode data = json.readTree(adjudicated.value());
        assertThat(data.get("shares").toString()).isEqualTo("{\"GOV-1\":60,\"GOV-2\":40}");
        assertThat(data.get("ownerTeam").asText()).isEqualTo("GOV-1");
        assertThat(data.get("version").asLong()).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", collisionId,
                ADJUDICATED)).isEqualTo(1);
    }

    @Test
    void a_transfer_gives_the_lead_to_the_second_reporters_team() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String collisionId = collide(zone);
        String leadId = LeadTestData.admin(zone).get("/api/v1/collisions/{id}", collisionId).then().extract()
                .path("leadId");

        LeadTestData.admin(zone).body("{\"decision\": \"TRANSFER\"}")
                .post("/api/v1/collisions/{id}/adjudications", collisionId).then().statusCode(200);

        assertThat(rows("select owner_team, previous_owner_team, version from lead where id = ?::uuid", leadId).get(0))
                .containsEntry("owner_team", "GOV-2").containsEntry("previous_owner_team", "GOV-1")
                .containsEntry("version", 1L);
        ConsumerRecord<String, String> adjudicated = topic.awaitRecords(r -> collisionId.equals(r.key())
                && ADJUDICATED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(ADJUDICATED, adjudicated.value());
        JsonNode data = json.readTree(adjudicated.value());
        assertThat(data.get("ownerTeam").asText()).isEqualTo("GOV-2");
        assertThat(data.get("previousOwnerTeam").asText()).isEqualTo("GOV-1");
        assertThat(data.get("leadVersion").asLong()).isEqualTo(1);
    }

    /** GOV-1 reports a company, GOV-2 reports it again; returns the collision. */
    private static String collide(String zone) {
        String company = LeadTestData.company(zone, "济宁裁定公司");
        LeadTestData.report(zone, "GOV-1", company);
        return LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(company)).post("/api/v1/leads")
                .then().statusCode(409).extract().path("collisionId");
    }
}
