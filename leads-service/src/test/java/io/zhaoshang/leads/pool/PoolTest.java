package io.zhaoshang.leads.pool;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.lead.LeadEvents;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PoolTest {

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @Inject
    PoolService pool;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), LeadsTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void a_team_claims_a_lead_of_the_public_pool_and_holds_it() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String id = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁公海公司"));

        LeadTestData.member(zone, "GOV-2").post("/api/v1/leads/{id}/claims", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("pool", equalTo("TEAM")).body("ownerTeam", equalTo("GOV-2"))
                .body("protectedUntil", notNullValue());
        LeadTestData.member(zone, "GOV-2").post("/api/v1/leads/{id}/claims", id)
                .then().statusCode(409).body("code", equalTo("lead-already-yours"));
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/claims", id)
                .then().statusCode(409).body("code", equalTo("lead-owned"));
        LeadTestData.admin(zone).post("/api/v1/leads/{id}/claims", id).then().statusCode(403);
        assertThat(rows("select owner_team, version from lead where id = ?::uuid", id).get(0))
                .containsEntry("owner_team", "GOV-2").containsEntry("version", 1L);

        ConsumerRecord<String, String> claimed = topic.awaitRecords(r -> id.equals(r.key())
                && LeadEvents.CLAIMED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(LeadEvents.CLAIMED, claimed.value());
        JsonNode data = json.readTree(claimed.value());
        assertThat(data.get("ownerTeam").asText()).isEqualTo("GOV-2");
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("claimedBy").asText()).isEqualTo("team-member-GOV-2-of-" + zone);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", id,
                LeadEvents.CLAIMED)).isEqualTo(1);
    }

    @Test
    void a_released_lead_goes_to_the_public_pool_and_its_team_waits_out_the_cooldown() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String id = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁释放公司"));

        LeadTestData.member(zone, "GOV-2").post("/api/v1/leads/{id}/releases", id).then().statusCode(404);
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/releases", id)
                .then().statusCode(200).body("pool", equalTo("PUBLIC")).body("ownerTeam", nullValue())
                .body("previousOwnerTeam", equalTo("GOV-1")).body("reclaimBlockedUntil", notNullValue());
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/releases", id)
                .then().statusCode(409).body("code", equalTo("lead-in-public-pool"));

        String until = LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/claims", id)
                .then().statusCode(409).body("code", equalTo("reclaim-cooldown"))
                .body("until", notNullValue()).extract().path("until");
        assertThat(Instant.parse(until)).isCloseTo(Instant.now().plus(30, ChronoUnit.DAYS), within(5, ChronoUnit.MINUTES));
        LeadTestData.member(zone, "GOV-2").post("/api/v1/leads/{id}/claims", id).then().statusCode(200);

        ConsumerRecord<String, String> released = topic.awaitRecords(r -> id.equals(r.key())
                && LeadEvents.RELEASED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(LeadEvents.RELEASED, released.value());
        JsonNode data = json.readTree(released.value());
        assertThat(data.get("previousOwnerTeam").asText()).isEqualTo("GOV-1");
        assertThat(data.get("ownerTeam").isNull()).isTrue();
        assertThat(data.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void a_claim_beyond_the_teams_cap_is_refused_and_changes_nothing() {
        String zone = LeadTestData.zoneWithTeams();
        LeadTestData.admin(zone).header("If-Match", "\"0\"")
                .body("{\"protectionDays\": 60, \"maxLeadsPerTeam\": 1, \"reclaimCooldownDays\": 10}")
                .put("/api/v1/pool-settings").then().statusCode(200);
        LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁已持有公司"));
        String id = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁上限公司"));

        LeadTestData.member(zone, "GOV-1").header("Accept-Language", "zh-CN").post("/api/v1/leads/{id}/claims", id)
                .then().statusCode(409).body("code", equalTo("team-lead-cap-reached"))
                .body("maxLeadsPerTeam", equalTo(1))
                .body("title", equalTo("队伍持有线索已达上限"));
        assertThat(rows("select owner_team, version from lead where id = ?::uuid", id).get(0))
                .containsEntry("owner_team", null).containsEntry("version", 0L);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", id,
                LeadEvents.CLAIMED)).isZero();
        LeadTestData.member(zone, "GOV-2").post("/api/v1/leads/{id}/claims", id).then().statusCode(200)
                .body("protectedUntil", notNullValue());
        Timestamp until = (Timestamp) rows("select protected_until from lead where id = ?::uuid", id).get(0)
                .get("protected_until");
        assertThat(until.toInstant()).isCloseTo(Instant.now().plus(60, ChronoUnit.DAYS), within(5, ChronoUnit.MINUTES));
    }

    @Test
    void the_zone_administration_sets_the_pool_rules() {
        String zone = LeadTestData.newZone();
        LeadTestData.member(zone, "GOV-1").get("/api/v1/pool-settings").then().statusCode(200).header("ETag", "\"0\"")
                .body("protectionDays", equalTo(90)).body("maxLeadsPerTeam", equalTo(200))
                .body("reclaimCooldownDays", equalTo(30));
        String rules = "{\"protectionDays\": 45, \"maxLeadsPerTeam\": 50, \"reclaimCooldownDays\": 7}";
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"0\"").body(rules).put("/api/v1/pool-settings")
                .then().statusCode(403);
        LeadTestData.admin(zone).body(rules).put("/api/v1/pool-settings").then().statusCode(428);
        LeadTestData.admin(zone).header("If-Match", "\"4\"").body(rules).put("/api/v1/pool-settings")
                .then().statusCode(412);
        LeadTestData.admin(zone).header("If-Match", "\"0\"")
                .body("{\"protectionDays\": 0, \"maxLeadsPerTeam\": 50, \"reclaimCooldownDays\": 7}")
                .put("/api/v1/pool-settings").then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("protectionDays"));
        assertThat(count("select count(*) from pool_settings where zone = ?", zone)).isZero();

        LeadTestData.admin(zone).header("If-Match", "\"0\"").body(rules).put("/api/v1/pool-settings")
                .then().statusCode(200).header("ETag", "\"1\"").body("protectionDays", equalTo(45))
                .body("updatedBy", equalTo("zone-admin-null-of-" + zone));
        LeadTestData.admin(zone).header("If-Match", "\"0\"").body(rules).put("/api/v1/pool-settings")
                .then().statusCode(412);
        LeadTestData.as(zone, null, Roles.VIEWER).get("/api/v1/pool-settings").then().statusCode(200)
                .header("ETag", "\"1\"").body("maxLeadsPerTeam", equalTo(50)).body("reclaimCooldownDays", equalTo(7));
    }

    @Test
    void a_lead_whose_protection_ran_out_is_recycled_once_and_announced() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String expired = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁过期公司"));
        String protectedLead = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁保护公司"));
        rows("update lead set protected_until = now() - interval '1 day' where id = ?::uuid returning id", expired);

        pool.recycleExpired(Instant.now());
        pool.recycleExpired(Instant.now());

        assertThat(rows("select owner_team, previous_owner_team, protected_until, updated_by from lead where id = ?::uuid",
                expired).get(0)).containsEntry("owner_team", null).containsEntry("previous_owner_team", "GOV-1")
                .containsEntry("protected_until", null).containsEntry("updated_by", "leads-service");
        Timestamp blocked = (Timestamp) rows("select reclaim_blocked_until from lead where id = ?::uuid", expired).get(0)
                .get("reclaim_blocked_until");
        assertThat(blocked.toInstant()).isCloseTo(Instant.now().plus(30, ChronoUnit.DAYS), within(5, ChronoUnit.MINUTES));
        assertThat(rows("select owner_team from lead where id = ?::uuid", protectedLead).get(0))
                .containsEntry("owner_team", "GOV-1");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", expired,
                LeadEvents.RECYCLED)).isEqualTo(1);

        ConsumerRecord<String, String> recycled = topic.awaitRecords(r -> expired.equals(r.key())
                && LeadEvents.RECYCLED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(LeadEvents.RECYCLED, recycled.value());
        JsonNode data = json.readTree(recycled.value());
        assertThat(data.get("previousOwnerTeam").asText()).isEqualTo("GOV-1");
        assertThat(data.get("by").asText()).isEqualTo("leads-service");
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/claims", expired)
                .then().statusCode(409).body("code", equalTo("reclaim-cooldown"));
    }
}
