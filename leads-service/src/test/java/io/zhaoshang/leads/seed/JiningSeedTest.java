package io.zhaoshang.leads.seed;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhaoshang.local.test.OwnDatabaseProfile;
import io.zhaoshang.leads.parks.IndustryCatalogService;
import io.zhaoshang.leads.parks.ParksTopic;
import io.zhaoshang.leads.teams.ScoringTopic;
import io.zhaoshang.local.Tokens;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.value.Uscc;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Jining seed of leads, loaded into an empty database of its own once the industry catalog and
 * the teams have arrived, as they do on a fresh local stack: by event, after start-up.
 */
@QuarkusTest
@TestProfile(JiningSeedTest.SeedOn.class)
class JiningSeedTest {

    private static final String ZONE = Tokens.DEFAULT_ZONE;
    // topics of this test alone: the service reads them from their start, and the teams and catalog sent
    // here reach no other test's service
    private static final String PARKS_TOPIC = "zhaoshang.parks.v1.leads-seed-test";
    private static final String SCORING_TOPIC = "zhaoshang.scoring.v1.leads-seed-test";

    /** The seed switched on, with a database and topics of its own so that it starts empty. */
    public static class SeedOn extends OwnDatabaseProfile {
        public SeedOn() {
            super("leads_seed", Map.of("zhaoshang.seed.jining", "true",
                    "zhaoshang.seed.retry", "1s",
                    "mp.messaging.incoming.parks-events.topic", PARKS_TOPIC,
                    "mp.messaging.incoming.parks-events.dead-letter-queue.topic", PARKS_TOPIC + ".dlq",
                    "mp.messaging.incoming.scoring-events.topic", SCORING_TOPIC,
                    "mp.messaging.incoming.scoring-events.dead-letter-queue.topic", SCORING_TOPIC + ".dlq"));
        }
    }

    @Inject
    JiningSeed seed;

    /** Before the catalog and the teams have arrived the seed waits; then it loads. */
    @BeforeEach
    void catalogAndTeamsArrive() throws Exception {
        if (count("select count(*) from team") == 0) {
            assertThat(count("select count(*) from lead")).isZero();
            JsonNode data = seedFile();
            ParksTopic.sendTo(PARKS_TOPIC, UUID.randomUUID().toString(), IndustryCatalogService.PUBLISHED,
                    ParksTopic.CATALOG_KEY, catalogOf(data));
            for (String team : List.of("TEAM-A", "TEAM-B", "TEAM-C", "TEAM-D", "TEAM-E", "TEAM-F")) {
                String teamId = UUID.randomUUID().toString();
                ScoringTopic.sendTo(SCORING_TOPIC, UUID.randomUUID().toString(), ScoringTopic.REGISTERED, teamId, """
                        {"teamId": "%s", "zone": "%s", "code": "%s", "name": "招商队伍 %s", "kind": "GOVERNMENT_SQUAD",
                         "status": "ACTIVE", "version": 0}""".formatted(teamId, ZONE, team, team));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from lead") == 40);
    }

    @Test
    void thirty_companies_with_valid_usccs_and_forty_leads_of_the_teams_and_the_public_pool() {
        List<Map<String, Object>> companies = rows("select uscc, array_to_string(tags, ',') as tags from company"
                + " where zone = ?", ZONE);
        assertThat(companies).hasSize(30);
        assertThat(companies).allSatisfy(company -> assertThat(Uscc.isValid((String) company.get("uscc"))).isTrue());
        assertThat(companies).filteredOn(company -> company.get("tags").toString().contains("CHINA_500")).hasSizeGreaterThan(1);

        assertThat(count("select count(*) from lead where zone = ?", ZONE)).isEqualTo(40);
        assertThat(rows("select distinct owner_team from lead where owner_team is not null order by owner_team"))
                .extracting(row -> row.get("owner_team"))
                .containsExactly("TEAM-A", "TEAM-B", "TEAM-C", "TEAM-D", "TEAM-E", "TEAM-F");
        assertThat(count("select count(*) from lead where status in ('LOST', 'INVALID')")).isEqualTo(10);
        assertThat(count("select count(*) from lead where created_by <> 'seed:jining'")).isZero();

        given().auth().oauth2(token("team-member-user", Tokens.DEFAULT_TEAM, Roles.TEAM_MEMBER))
                .queryParam("pool", "PUBLIC").queryParam("status", "NEW").get("/api/v1/leads")
                .then().statusCode(200)
                .body("items", not(hasSize(0)))
                .body("items.ownerTeam", everyItem(nullValue()));
    }

    @Test
    void a_second_team_reporting_a_company_with_an_active_lead_is_a_collision() {
        given().auth().oauth2(token("zone-admin-user", null, Roles.ZONE_ADMIN)).get("/api/v1/collisions")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.status", everyItem(org.hamcrest.Matchers.equalTo("OPEN")))
                .body("items.reporterTeam", hasItem("TEAM-C"))
                .body("items.leadId", everyItem(notNullValue()));
        assertThat(count("""
                select count(*) from collision c join lead l on l.id = c.lead_id
                where l.owner_team is distinct from c.reporter_team""")).isEqualTo(3);
    }

    @Test
    void leads_reported_days_ago_are_overdue_at_load_time() {
        List<Map<String, Object>> overdue = given().auth().oauth2(token("viewer-user", null, Roles.VIEWER))
                .queryParam("overdue", "true").get("/api/v1/leads")
                .then().statusCode(200)
                .body("items.overdueTimers", everyItem(not(hasSize(0))))
                .extract().path("items");
        assertThat(overdue).hasSize(5);
        assertThat(overdue).filteredOn(lead -> lead.get("pool").equals("PUBLIC"))
                .hasSize(2)
                .allSatisfy(lead -> assertThat(lead.get("overdueTimers").toString()).contains("RESPOND"));
        assertThat(count("select count(*) from lead where created_at < now() - interval '2 days'"
                + " and status in ('NEW', 'CONTACTED', 'ASSESSED')")).isEqualTo(5);
    }

    @Test
    void it_loads_only_into_an_empty_database() {
        long events = count("select count(*) from outbox_event");
        long collisions = count("select count(*) from collision");

        assertThat(seed.loadIfEmpty()).isFalse();

        assertThat(count("select count(*) from company")).isEqualTo(30);
        assertThat(count("select count(*) from lead")).isEqualTo(40);
        assertThat(count("select count(*) from collision")).isEqualTo(collisions);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    private static String token(String subject, String team, String role) {
        return ZhaoshangTestResource.tokens().issue(subject, ZONE, team, role);
    }

    private static JsonNode seedFile() throws Exception {
        try (InputStream in = JiningSeed.class.getClassLoader().getResourceAsStream(JiningSeed.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** A catalog as parks publishes it, holding every industry the seed names and the categories above them. */
    private static String catalogOf(JsonNode seed) {
        TreeSet<String> codes = new TreeSet<>();
        seed.get("companies").forEach(company -> company.get("industryCodes").forEach(code -> codes.add(code.asText())));
        for (String list : List.of("leads", "collisions")) {
            seed.get(list).forEach(entry -> codes.add(entry.get("lead").get("industryCode").asText()));
        }
        for (String code : List.copyOf(codes)) {
            for (int dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
                codes.add(code.substring(0, dot));
            }
        }
        List<String> entries = new ArrayList<>();
        for (String code : codes) {
            int dot = code.lastIndexOf('.');
            String parent = dot < 0 ? "null" : "\"" + code.substring(0, dot) + "\"";
            entries.add("{\"code\": \"%s\", \"parentCode\": %s, \"nameZh\": \"产业 %s\", \"nameEn\": \"Industry %s\"}"
                    .formatted(code, parent, code, code));
        }
        return "{\"version\": 1, \"entries\": [" + String.join(", ", entries) + "]}";
    }
}
