package io.zhaoshang.leads.conversion;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.leads.pool.PoolService;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConversionTest {

    private static final String CONVERTED = "zhaoshang.lead.converted.v1";

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
    void converting_an_assessed_lead_hands_projects_everything_for_the_project() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String uscc = LeadTestData.newUscc();
        String company = LeadTestData.admin(zone).body("""
                {"name": "山东华辰生物医药有限公司", "uscc": "%s", "tags": ["SPECIALIZED_SME", "HIGH_TECH_ENTERPRISE"]}
                """.formatted(uscc)).post("/api/v1/companies").then().statusCode(201).extract().path("id");
        String lead = Conversions.assessedLead(zone, "GOV-1", company);

        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"2\"").header("Idempotency-Key", "convert-1")
                .post("/api/v1/leads/{id}/conversions", lead)
                .then().statusCode(202).header("ETag", "\"3\"")
                .body("status", equalTo("ASSESSED"))
                .body("conversion.requestedBy", equalTo("team-member-GOV-1-of-" + zone))
                .body("conversion.requestedAt", notNullValue())
                .body("conversion.teamShares.GOV-1", equalTo(100))
                .body("conversion.projectId", nullValue());
        // a retry with the same key answers the same and publishes nothing more
        LeadTestData.member(zone, "GOV-1").header("Idempotency-Key", "convert-1")
                .post("/api/v1/leads/{id}/conversions", lead)
                .then().statusCode(202).header("Idempotent-Replayed", "true");

        assertThat(rows("select status, version, conversion_requested_by from lead where id = ?::uuid", lead).get(0))
                .containsEntry("status", "ASSESSED").containsEntry("version", 3L)
                .containsEntry("conversion_requested_by", "team-member-GOV-1-of-" + zone);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", lead,
                CONVERTED)).isEqualTo(1);
        ConsumerRecord<String, String> converted = topic.awaitRecords(r -> lead.equals(r.key())
                && CONVERTED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(converted, "ce_subject")).isEqualTo(lead);
        EventContract.assertValid(CONVERTED, converted.value());
        JsonNode data = json.readTree(converted.value());
        assertThat(data.get("companyName").asText()).isEqualTo("山东华辰生物医药有限公司");
        assertThat(data.get("companyUscc").asText()).isEqualTo(uscc);
        assertThat(data.get("companyCountry").isNull()).isTrue();
        assertThat(data.get("companyTags").toString()).contains("SPECIALIZED_SME", "HIGH_TECH_ENTERPRISE");
        assertThat(data.get("teamShares").toString()).isEqualTo("{\"GOV-1\":100}");
        assertThat(data.get("ownerTeam").asText()).isEqualTo("GOV-1");
        assertThat(data.get("intendedInvestment").get("amount").asText()).isEqualTo("1200000000.00");
        assertThat(data.get("expectedOutput").get("cnyEquivalent").asText()).isEqualTo("1080000000.00");
        assertThat(data.get("landMu").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(data.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void the_credit_split_of_a_shared_collision_goes_with_the_conversion() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String company = LeadTestData.company(zone, "济宁共享转化公司");
        String lead = LeadTestData.report(zone, "GOV-1", company);
        String collision = LeadTestData.member(zone, "GOV-2").body(LeadTestData.minimalBody(company))
                .post("/api/v1/leads").then().statusCode(409).extract().path("collisionId");
        Conversions.assess(zone, "GOV-1", lead);

        // the credit is not settled yet: the project would take the wrong split
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/conversions", lead)
                .then().statusCode(409).body("code", equalTo("lead-collision-open"))
                .body("collisionIds[0]", equalTo(collision));
        LeadTestData.admin(zone).body("{\"decision\": \"SHARE\", \"shares\": {\"GOV-1\": 70, \"GOV-2\": 30}}")
                .post("/api/v1/collisions/{id}/adjudications", collision).then().statusCode(200);

        LeadTestData.admin(zone).post("/api/v1/leads/{id}/conversions", lead)
                .then().statusCode(202).body("conversion.teamShares.GOV-1", equalTo(70))
                .body("conversion.teamShares.GOV-2", equalTo(30))
                .body("conversion.requestedBy", equalTo("zone-admin-null-of-" + zone));
        ConsumerRecord<String, String> converted = topic.awaitRecords(r -> lead.equals(r.key())
                && CONVERTED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(CONVERTED, converted.value());
        assertThat(json.readTree(converted.value()).get("teamShares").toString())
                .isEqualTo("{\"GOV-1\":70,\"GOV-2\":30}");
    }

    @Test
    void a_converting_lead_keeps_its_status_and_owner_and_is_not_recycled() {
        String zone = LeadTestData.zoneWithTeams();
        String lead = Conversions.assessedLead(zone, "GOV-1", LeadTestData.company(zone, "济宁转化中公司"));
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/conversions", lead).then().statusCode(202);

        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"3\"").body("{\"status\": \"DORMANT\"}")
                .post("/api/v1/leads/{id}/status-changes", lead)
                .then().statusCode(409).body("code", equalTo("lead-converting"));
        LeadTestData.member(zone, "GOV-1").post("/api/v1/leads/{id}/releases", lead)
                .then().statusCode(409).body("code", equalTo("lead-converting"));
        rows("update lead set protected_until = now() - interval '1 day' where id = ?::uuid returning id", lead);
        pool.recycleExpired(Instant.now());

        assertThat(rows("select status, owner_team, version from lead where id = ?::uuid", lead).get(0))
                .containsEntry("status", "ASSESSED").containsEntry("owner_team", "GOV-1").containsEntry("version", 3L);
        // its timers stopped: not listed as overdue even with every timer's day long past
        rows("update lead set created_at = now() - interval '60 days' where id = ?::uuid returning id", lead);
        LeadTestData.admin(zone).queryParam("overdue", "true").get("/api/v1/leads")
                .then().statusCode(200).body("items.size()", equalTo(0));
        LeadTestData.admin(zone).get("/api/v1/leads/{id}", lead).then().statusCode(200)
                .body("overdueTimers.size()", equalTo(0));
    }
}
