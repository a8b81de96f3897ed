package io.zhaoshang.projects.leads;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A converted lead becomes one project, announced naming the lead, however often the conversion arrives. */
@QuarkusTest
class LeadConversionTest {

    private static final String CONVERTED = "zhaoshang.lead.converted.v1";
    private static final String CREATED = "zhaoshang.project.created.v1";

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
    void the_contract_example_becomes_a_negotiating_project_of_the_converting_team() throws Exception {
        String zone = Projects.newZone();
        String parkId = EventTopics.registerPark(zone, null, "ACTIVE");
        String leadId = UUID.randomUUID().toString();
        String conversion = EventTopics.example(CONVERTED,
                data -> data.put("leadId", leadId).put("zone", zone).put("targetParkId", parkId));

        EventTopics.awaitHandled(EventTopics.send(EventTopics.LEADS, CONVERTED, leadId, conversion));

        List<Map<String, Object>> projects = rows("select id::text id, code, name, company_name, company_uscc, "
                + "industry_code, chain_role, park_id::text park, owner_team, team_shares::text shares, "
                + "total_investment_amount, tier, stage, land_mu, expected_jobs, expected_output_amount, "
                + "expected_tax_amount, foreign_investment, created_by from project where lead_id = ?::uuid", leadId);
        assertThat(projects).hasSize(1);
        Map<String, Object> project = projects.get(0);
        assertThat(project).containsEntry("name", "华辰生物新建生物医药生产基地")
                .containsEntry("company_name", "山东华辰生物医药有限公司")
                .containsEntry("company_uscc", "91370800MA3C5K7X2E")
                .containsEntry("industry_code", "SEI-04.01")
                .containsEntry("chain_role", "FILL_CHAIN")
                .containsEntry("park", parkId)
                .containsEntry("owner_team", "TEAM-A")
                .containsEntry("tier", "MAJOR")
                .containsEntry("stage", "NEGOTIATING")
                .containsEntry("expected_jobs", 600)
                .containsEntry("foreign_investment", false)
                .containsEntry("created_by", "projects-service");
        assertThat(json.readTree((String) project.get("shares")))
                .isEqualTo(json.readTree("{\"TEAM-A\": 60, \"TEAM-B\": 40}"));
        assertThat(project.get("total_investment_amount").toString()).isEqualTo("1200000000.00");
        assertThat(project.get("land_mu").toString()).isEqualTo("120.50");
        assertThat(project.get("expected_output_amount").toString()).isEqualTo("3000000000.00");
        assertThat(project.get("expected_tax_amount").toString()).isEqualTo("150000000.00");
        String projectId = (String) project.get("id");

        ConsumerRecord<String, String> created = topic.awaitRecords(
                r -> projectId.equals(r.key()) && CREATED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(CREATED, created.value());
        JsonNode data = json.readTree(created.value());
        assertThat(data.get("leadId").asText()).isEqualTo(leadId);
        assertThat(data.get("code").asText()).isEqualTo(project.get("code"));
        assertThat(data.get("teamShares").get("TEAM-B").asInt()).isEqualTo(40);

        Projects.admin(zone).get("/api/v1/projects/{id}", projectId).then().statusCode(200)
                .body("leadId", org.hamcrest.Matchers.equalTo(leadId));
    }

    @Test
    void a_redelivery_and_a_second_conversion_of_the_lead_create_nothing() {
        String zone = Projects.newZone();
        String leadId = UUID.randomUUID().toString();
        String conversion = EventTopics.example(CONVERTED, data -> data.put("leadId", leadId).put("zone", zone)
                .putNull("targetParkId").putNull("intendedInvestment").put("companyCountry", "DE").putNull("companyUscc"));
        String eventId = EventTopics.send(EventTopics.LEADS, CONVERTED, leadId, conversion);
        EventTopics.awaitHandled(eventId);
        Map<String, Object> first = rows("select id::text id, total_investment_amount, tier, foreign_investment "
                + "from project where lead_id = ?::uuid", leadId).get(0);
        long events = count("select count(*) from outbox_event where aggregate_id = ?", first.get("id"));

        EventTopics.send(EventTopics.LEADS, eventId, CONVERTED, leadId, conversion);
        String again = EventTopics.send(EventTopics.LEADS, CONVERTED, leadId,
                EventTopics.example(CONVERTED, data -> data.put("leadId", leadId).put("zone", zone)));
        EventTopics.awaitHandled(again); // one partition per lead: the redelivery before it was handled too

        assertThat(count("select count(*) from project where lead_id = ?::uuid", leadId)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", first.get("id"))).isEqualTo(events);
        assertThat(first.get("total_investment_amount").toString()).isEqualTo("0.00");
        assertThat(first).containsEntry("tier", "REGULAR").containsEntry("foreign_investment", true);
    }

    @Test
    void a_conversion_the_rules_refuse_goes_to_the_dead_letters_and_creates_nothing() {
        String zone = Projects.newZone();
        String leadId = UUID.randomUUID().toString();
        String conversion = EventTopics.example(CONVERTED, data -> data.put("leadId", leadId).put("zone", zone)
                .put("ownerTeam", "TEAM-Z").putNull("targetParkId").putObject("teamShares").put("TEAM-Z", 100));

        try (TopicProbe deadLetters = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(),
                "zhaoshang.leads.v1.dlq")) {
            EventTopics.send(EventTopics.LEADS, CONVERTED, leadId, conversion);
            deadLetters.awaitRecords(r -> leadId.equals(r.key()), 1, Duration.ofSeconds(30));
        }
        assertThat(count("select count(*) from project where lead_id = ?::uuid", leadId)).isZero();
    }

    @Test
    void a_refused_conversion_among_others_sent_together_goes_alone_to_the_dead_letters() {
        String zone = Projects.newZone();
        List<String> leadIds = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        String refusedLead = UUID.randomUUID().toString();
        try (TopicProbe deadLetters = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(),
                "zhaoshang.leads.v1.dlq");
             TopicProbe leads = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), EventTopics.LEADS)) {
            // one producer, back to back: the consumer takes them in one poll or a few, and handles a poll together
            for (int i = 0; i < 6; i++) {
                String leadId = UUID.randomUUID().toString();
                String eventId = UUID.randomUUID().toString();
                leadIds.add(leadId);
                eventIds.add(eventId);
                leads.send(EventTopics.LEADS, leadId, EventTopics.example(CONVERTED, data -> data.put("leadId", leadId)
                        .put("zone", zone).putNull("targetParkId")), EventTopics.headers(eventId, CONVERTED, leadId, "leads"));
                if (i == 2) {
                    leads.send(EventTopics.LEADS, refusedLead, EventTopics.example(CONVERTED, data -> data
                            .put("leadId", refusedLead).put("zone", zone).put("ownerTeam", "TEAM-Z").putNull("targetParkId")
                            .putObject("teamShares").put("TEAM-Z", 100)),
                            EventTopics.headers(UUID.randomUUID().toString(), CONVERTED, refusedLead, "leads"));
                    // a redelivery of the first, in the same burst
                    leads.send(EventTopics.LEADS, leadIds.get(0), EventTopics.example(CONVERTED, data -> data
                            .put("leadId", leadIds.get(0)).put("zone", zone).putNull("targetParkId")),
                            EventTopics.headers(eventIds.get(0), CONVERTED, leadIds.get(0), "leads"));
                }
            }
            deadLetters.awaitRecords(r -> refusedLead.equals(r.key()), 1, Duration.ofSeconds(30));
        }
        EventTopics.awaitHandled(eventIds.toArray(String[]::new));

        for (String leadId : leadIds) {
            assertThat(count("select count(*) from project where lead_id = ?::uuid", leadId)).as(leadId).isEqualTo(1);
        }
        assertThat(count("select count(*) from project where lead_id = ?::uuid", refusedLead)).isZero();
    }
}
