package io.zhaoshang.projects.seed;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhaoshang.local.test.OwnDatabaseProfile;
import io.zhaoshang.local.Tokens;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.warning.WarningCheck;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The 25 projects of the Jining seed, loaded into an empty database of its own once parks' parks of JN-HTZ are
 * known, then warned by the first warning check; a second load changes nothing. In order: the first test loads.
 */
@QuarkusTest
@TestProfile(JiningSeedTest.SeedOn.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JiningSeedTest {

    private static final String ZONE = Tokens.DEFAULT_ZONE;

    /** The seed switched on, with a database of its own so that it starts empty. */
    public static class SeedOn extends OwnDatabaseProfile {
        public SeedOn() {
            super("projects_seed", Map.of("zhaoshang.seed.jining", "true"));
        }
    }

    @Inject
    JiningSeed seed;

    @Inject
    WarningCheck check;

    /** Announces the parks the seed names as parks' seed would: the parks first, then the sub-parks in them. */
    private static void registerTheSeedsParks() throws Exception {
        JsonNode projects;
        try (InputStream in = JiningSeedTest.class.getClassLoader().getResourceAsStream("seed/jining.json")) {
            projects = new ObjectMapper().readTree(in).get("projects");
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode entry : projects) {
            ids.computeIfAbsent(entry.get("parkCode").asText(), code -> registerPark(code, null));
        }
        for (JsonNode entry : projects) {
            if (entry.has("subParkCode")) {
                ids.computeIfAbsent(entry.get("subParkCode").asText(),
                        code -> registerPark(code, ids.get(entry.get("parkCode").asText())));
            }
        }
    }

    private static String registerPark(String code, String parentId) {
        String parkId = UUID.randomUUID().toString();
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.park.registered.v1", parkId,
                EventTopics.example("zhaoshang.park.registered.v1", data -> data.put("parkId", parkId).put("zone", ZONE)
                        .put("parentId", parentId).put("code", code).put("status", "ACTIVE"))));
        return parkId;
    }

    private static Map<String, Long> byStage() {
        return rows("select stage, count(*) n from project group by stage").stream()
                .collect(Collectors.toMap(row -> (String) row.get("stage"), row -> (Long) row.get("n")));
    }

    private static long openWarnings(String kind) {
        return count("select count(*) from warning where kind = ? and resolved_at is null", kind);
    }

    @Test
    @Order(1)
    void it_waits_for_the_parks_then_loads_without_publishing() throws Exception {
        assertThat(seed.loadIfEmpty()).isEqualTo(JiningSeed.Outcome.WAITING_FOR_PARKS);
        assertThat(count("select count(*) from project")).isZero();

        registerTheSeedsParks();
        // the seed's own retry may have been first
        assertThat(seed.loadIfEmpty()).isIn(JiningSeed.Outcome.LOADED, JiningSeed.Outcome.NOT_EMPTY);
        assertThat(count("select count(*) from project")).isEqualTo(25);
        assertThat(count("select count(*) from project where park_id is null")).isZero();
        assertThat(count("select count(*) from outbox_event")).as("the seed is the past: no events").isZero();
        assertThat(count("select count(*) from project where created_by <> 'seed:jining'")).isZero();
    }

    @Test
    @Order(2)
    void twenty_five_projects_over_the_stages_and_tiers() {
        assertThat(byStage()).containsExactlyInAnyOrderEntriesOf(Map.of("NEGOTIATING", 6L, "SIGNED", 4L, "APPROVING", 5L,
                "UNDER_CONSTRUCTION", 5L, "COMPLETED", 2L, "IN_PRODUCTION", 2L, "ON_HOLD", 1L));
        assertThat(rows("select tier, count(*) n from project group by tier order by tier")).containsExactly(
                Map.of("tier", "KEY", "n", 15L), Map.of("tier", "MAJOR", "n", 4L), Map.of("tier", "REGULAR", "n", 6L));
        assertThat((BigDecimal) rows("select sum(total_investment_cny_equivalent) s from project").get(0).get("s"))
                .isEqualByComparingTo("13925000000");
        assertThat(count("select count(distinct owner_team) from project")).isEqualTo(6);
        // every stage but the first has its history line, dated back
        assertThat(count("select count(*) from stage_change")).isEqualTo(25 + 50);
        assertThat(count("select count(*) from stage_change s join project p on p.id = s.project_id "
                + "where s.effective_date < (p.created_at at time zone 'Asia/Shanghai')::date")).isZero();
        String token = ZhaoshangTestResource.tokens().issue("viewer-user", ZONE, null, Roles.VIEWER);
        given().auth().oauth2(token).queryParam("stage", "UNDER_CONSTRUCTION").get("/api/v1/projects").then()
                .statusCode(200).body("items", hasSize(5)).body("items.land.waiver.reason.unique()",
                        equalTo(List.of(JiningSeed.LAND_BEFORE_SYSTEM)));
    }

    @Test
    @Order(3)
    void milestones_from_the_templates_some_overdue_and_warned_by_the_first_check() {
        assertThat(count("select count(distinct project_id) from milestone")).isEqualTo(15);
        assertThat(count("select count(*) from milestone")).isEqualTo(13 * 55 + 2 * 9);
        assertThat(count("select count(*) from milestone m join project p on p.id = m.project_id "
                + "where p.stage in ('COMPLETED', 'IN_PRODUCTION') and m.status <> 'DONE'")).isZero();
        assertThat(count("select count(*) from milestone where status in ('PENDING', 'IN_PROGRESS') "
                + "and due_on < current_date")).isPositive();

        check.checkAll(); // the first, unless the scheduled check came first
        assertThat(openWarnings("MILESTONE_OVERDUE")).isPositive();
        assertThat(count("select count(*) from warning where kind = 'MILESTONE_OVERDUE' and level = 'RED' "
                + "and resolved_at is null")).isPositive();
        assertThat(openWarnings("SIGNED_NOT_STARTED")).isEqualTo(8); // signed 90 days ago or more, not started
        assertThat(rows("select p.name from warning w join project p on p.id = w.project_id "
                + "where w.kind = 'PAST_PLANNED_COMPLETION' and w.resolved_at is null"))
                .containsExactly(Map.of("name", "高端医疗器械产业化项目"));
        assertThat(count("select count(*) from warning w join project p on p.id = w.project_id "
                + "where p.stage in ('ON_HOLD', 'IN_PRODUCTION')")).isZero();
        assertThat(check.checkAll()).isZero(); // a second check finds everything in line
    }

    @Test
    @Order(4)
    void capital_arrived_for_signed_projects() {
        assertThat((BigDecimal) rows("select sum(cny_equivalent) s from capital_arrival").get(0).get("s"))
                .isEqualByComparingTo("5735000000");
        assertThat((BigDecimal) rows("select sum(capital_arrived_cny) s from project").get(0).get("s"))
                .isEqualByComparingTo("5735000000");
        assertThat(count("select count(distinct project_id) from capital_arrival")).isEqualTo(16);
        assertThat(count("select count(*) from capital_arrival c join project p on p.id = c.project_id "
                + "where p.agreement_date is null or c.arrived_on < p.agreement_date")).isZero();
    }

    @Test
    @Order(5)
    void a_second_load_changes_nothing() {
        long events = count("select count(*) from outbox_event");
        long milestones = count("select count(*) from milestone");

        assertThat(seed.loadIfEmpty()).isEqualTo(JiningSeed.Outcome.NOT_EMPTY);

        assertThat(count("select count(*) from project")).isEqualTo(25);
        assertThat(count("select count(*) from milestone")).isEqualTo(milestones);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }
}
