package io.zhaoshang.leads.lead;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadResourceTest {

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
    void a_team_member_reports_a_lead_that_their_team_holds_and_it_is_published() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String company = LeadTestData.company(zone, "济宁新材料科技有限公司");

        String id = LeadTestData.member(zone, "GOV-1").body(LeadTestData.body(company)).post("/api/v1/leads")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", startsWith("http"))
                .body("code", startsWith("XS-"))
                .body("companyId", equalTo(company))
                .body("status", equalTo("NEW"))
                .body("pool", equalTo("TEAM"))
                .body("ownerTeam", equalTo("GOV-1"))
                .body("reportedTeam", equalTo("GOV-1"))
                .body("intendedInvestment.amount", equalTo("1200000000.00"))
                .body("expectedOutput.cnyEquivalent", equalTo("1080000000.00"))
                .body("landMu", equalTo(120.5f))
                .body("protectedUntil", notNullValue())
                .extract().path("id");

        Map<String, Object> row = rows("select owner_team, status, protected_until, created_by, land_mu::text as land"
                + " from lead where id = ?::uuid", id).get(0);
        assertThat(row).containsEntry("owner_team", "GOV-1").containsEntry("status", "NEW")
                .containsEntry("created_by", "team-member-GOV-1-of-" + zone).containsEntry("land", "120.50");
        Instant protectedUntil = ((java.sql.Timestamp) row.get("protected_until")).toInstant();
        assertThat(protectedUntil).isCloseTo(Instant.now().plus(90, ChronoUnit.DAYS), within());

        ConsumerRecord<String, String> event = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(event, "ce_type")).isEqualTo(LeadEvents.REGISTERED);
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        EventContract.assertValid(LeadEvents.REGISTERED, event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("ownerTeam").asText()).isEqualTo("GOV-1");
        assertThat(data.get("companyId").asText()).isEqualTo(company);
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void teams_see_their_own_leads_and_the_public_pool_and_the_zone_wide_roles_see_all() {
        String zone = LeadTestData.zoneWithTeams();
        String own = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁甲公司"));
        String other = LeadTestData.report(zone, "GOV-2", LeadTestData.company(zone, "济宁乙公司"));
        String pub = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁丙公司"));

        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads/{id}", other).then().statusCode(404)
                .body("code", equalTo("not-found"));
        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads/{id}", pub).then().statusCode(200)
                .body("pool", equalTo("PUBLIC")).body("ownerTeam", nullValue()).body("protectedUntil", nullValue());
        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads").then().statusCode(200)
                .body("items.id", contains(own, pub));
        LeadTestData.as(zone, null, Roles.VIEWER).get("/api/v1/leads").then().statusCode(200)
                .body("items.id", contains(own, other, pub));
        LeadTestData.admin(zone).queryParam("pool", "PUBLIC").get("/api/v1/leads").then().statusCode(200)
                .body("items.id", contains(pub));
        LeadTestData.admin(zone).queryParam("pool", "TEAM").queryParam("team", "GOV-2").get("/api/v1/leads")
                .then().statusCode(200).body("items.id", contains(other));
        LeadTestData.admin(zone).queryParam("industry", "SEI-04").queryParam("status", "NEW").queryParam("limit", "2")
                .get("/api/v1/leads").then().statusCode(200).body("items", hasSize(2))
                .body("nextCursor", notNullValue());
        LeadTestData.as(zone, null, Roles.INTEGRATION).queryParam("industry", "SEI-01").get("/api/v1/leads")
                .then().statusCode(200).body("items", hasSize(0));
        LeadTestData.admin(zone).queryParam("pool", "PRIVATE").get("/api/v1/leads").then().statusCode(400)
                .body("code", equalTo("invalid-enum-value"));
        LeadTestData.as("other-zone-admin", LeadTestData.newZone(), null, Roles.ZONE_ADMIN)
                .get("/api/v1/leads/{id}", own).then().statusCode(404);
    }

    @Test
    void a_report_with_the_same_idempotency_key_is_answered_once() {
        String zone = LeadTestData.zoneWithTeams();
        String body = LeadTestData.minimalBody(LeadTestData.company(zone, "济宁幂等公司"));
        String first = LeadTestData.member(zone, "GOV-1").header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/leads").then().statusCode(201).extract().path("id");
        LeadTestData.member(zone, "GOV-1").header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/leads").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertThat(count("select count(*) from lead where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from collision where zone = ?", zone)).isZero();
    }

    @Test
    void a_change_needs_the_current_etag_and_only_the_owner_team_or_the_administration_makes_it() {
        String zone = LeadTestData.zoneWithTeams();
        String company = LeadTestData.company(zone, "济宁变更公司");
        String id = LeadTestData.report(zone, "GOV-1", company);
        String change = LeadTestData.body(company).replace("新建生物医药中间体项目", "扩建项目");

        LeadTestData.member(zone, "GOV-1").body(change).put("/api/v1/leads/{id}", id)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"3\"").body(change).put("/api/v1/leads/{id}", id)
                .then().statusCode(412).body("code", equalTo("precondition-failed"));
        LeadTestData.member(zone, "GOV-2").header("If-Match", "\"0\"").body(change).put("/api/v1/leads/{id}", id)
                .then().statusCode(404);
        String otherCompany = LeadTestData.company(zone, "济宁别的公司");
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"0\"").body(LeadTestData.body(otherCompany))
                .put("/api/v1/leads/{id}", id).then().statusCode(422).body("code", equalTo("lead-company-fixed"));
        assertThat(count("select version from lead where id = ?::uuid", id)).isZero();

        LeadTestData.as(zone, "GOV-1", Roles.TEAM_LEAD).header("If-Match", "\"0\"").body(change)
                .put("/api/v1/leads/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("扩建项目"))
                .body("updatedBy", equalTo("team-lead-GOV-1-of-" + zone));
        LeadTestData.admin(zone).header("If-Match", "\"1\"").body(change).put("/api/v1/leads/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void the_status_moves_by_its_rule_and_each_change_is_published() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String id = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁状态公司"));

        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"0\"").body("{\"status\": \"CONTACTED\"}")
                .post("/api/v1/leads/{id}/status-changes", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CONTACTED"));
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\"").body("{\"status\": \"NEW\"}")
                .post("/api/v1/leads/{id}/status-changes", id)
                .then().statusCode(409).body("code", equalTo("invalid-status-transition"))
                .body("status", equalTo(409)).body("leadStatus", equalTo("CONTACTED"));
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\"").body("{\"status\": \"CONVERTED\"}")
                .post("/api/v1/leads/{id}/status-changes", id)
                .then().statusCode(422).body("code", equalTo("lead-conversion-required"));
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\"").body("{\"status\": \"LOST\"}")
                .post("/api/v1/leads/{id}/status-changes", id)
                .then().statusCode(422).body("code", equalTo("lost-reason-required"))
                .body("errors[0].field", equalTo("reason"));
        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\"").body("{\"status\": \"WON\"}")
                .post("/api/v1/leads/{id}/status-changes", id)
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        assertThat(count("select version from lead where id = ?::uuid", id)).isEqualTo(1);

        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"1\"")
                .body("{\"status\": \"LOST\", \"reason\": \"已落户其他城市\"}")
                .post("/api/v1/leads/{id}/status-changes", id)
                .then().statusCode(200).body("status", equalTo("LOST")).body("lostReason", equalTo("已落户其他城市"));
        LeadTestData.admin(zone).header("If-Match", "\"2\"").body("{\"status\": \"CONTACTED\"}")
                .post("/api/v1/leads/{id}/status-changes", id)
                .then().statusCode(409).body("code", equalTo("invalid-status-transition"));

        var changes = topic.awaitRecords(r -> id.equals(r.key())
                && LeadEvents.STATUS_CHANGED.equals(header(r, "ce_type")), 2, Duration.ofSeconds(30));
        changes.forEach(r -> EventContract.assertValid(LeadEvents.STATUS_CHANGED, r.value()));
        JsonNode lost = json.readTree(changes.get(1).value());
        assertThat(lost.get("previousStatus").asText()).isEqualTo("CONTACTED");
        assertThat(lost.get("status").asText()).isEqualTo("LOST");
        assertThat(lost.get("reason").asText()).isEqualTo("已落户其他城市");
        assertThat(lost.get("ownerTeam").asText()).isEqualTo("GOV-1");
        assertThat(lost.get("version").asLong()).isEqualTo(2);
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES);
    }
}
