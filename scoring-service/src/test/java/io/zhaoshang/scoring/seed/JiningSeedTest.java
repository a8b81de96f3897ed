package io.zhaoshang.scoring.seed;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhaoshang.local.test.OwnDatabaseProfile;
import io.zhaoshang.local.Tokens;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.ScoringTestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "3+2+1" teams of the Jining seed, loaded at start-up into an empty database of its own, once. */
@QuarkusTest
@TestProfile(JiningSeedTest.SeedOn.class)
class JiningSeedTest {

    private static final String ZONE = Tokens.DEFAULT_ZONE;

    /** The seed switched on, with a database of its own so that it starts empty. */
    public static class SeedOn extends OwnDatabaseProfile {
        public SeedOn() {
            super("scoring_seed", Map.of("zhaoshang.seed.jining", "true"));
        }
    }

    @Inject
    JiningSeed seed;

    @Test
    void three_government_squads_two_social_bureaus_and_one_overseas_bureau_with_their_members() {
        given().auth().oauth2(token(Roles.VIEWER)).queryParam("limit", 100).get("/api/v1/teams")
                .then().statusCode(200)
                .body("items.code", contains("TEAM-A", "TEAM-B", "TEAM-C", "TEAM-D", "TEAM-E", "TEAM-F"))
                .body("items.kind", contains("GOVERNMENT_SQUAD", "GOVERNMENT_SQUAD", "GOVERNMENT_SQUAD",
                        "SOCIAL_BUREAU", "SOCIAL_BUREAU", "OVERSEAS_BUREAU"))
                .body("items.status.unique()", contains("ACTIVE"))
                .body("items.createdBy.unique()", contains(JiningSeed.SUBJECT))
                // the local stack's team tokens are TEAM-A's leader and member
                .body("items[0].code", equalTo(Tokens.DEFAULT_TEAM))
                .body("items[0].members.subject", contains("team-lead-user", "team-member-user", "zhao.lei"))
                .body("items[0].members.role", contains("LEADER", "MEMBER", "MEMBER"))
                .body("items[5].name", equalTo("海外招商分局"));
        assertThat(count("select count(*) from team_member")).isEqualTo(11);
    }

    @Test
    void the_first_team_brought_the_default_rulebook() {
        given().auth().oauth2(token(Roles.VIEWER)).get("/api/v1/rulebooks")
                .then().statusCode(200)
                .body("items.version", contains(1))
                .body("items[0].createdBy", equalTo("system:default-rulebook"))
                .body("items[0].title", equalTo("招商队伍竞争性考核办法（默认版）"));
    }

    @Test
    void the_seed_went_through_the_services_and_published_their_events() {
        try (TopicProbe topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ScoringTestStack.TOPIC)) {
            topic.awaitRecords(record -> TopicProbe.header(record, "ce_type").equals("zhaoshang.team.registered.v1")
                    && record.value().contains("\"" + ZONE + "\""), 6, Duration.ofSeconds(20));
            topic.awaitRecords(record -> TopicProbe.header(record, "ce_type").equals("zhaoshang.rulebook.published.v1")
                    && record.value().contains("\"" + ZONE + "\""), 1, Duration.ofSeconds(20));
        }
    }

    @Test
    void it_loads_only_into_an_empty_database() {
        long events = count("select count(*) from outbox_event");

        assertThat(seed.loadIfEmpty()).isFalse();

        assertThat(count("select count(*) from team")).isEqualTo(6);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    private static String token(String role) {
        return ZhaoshangTestResource.tokens().issue(role + "-user", ZONE, null, role);
    }
}
