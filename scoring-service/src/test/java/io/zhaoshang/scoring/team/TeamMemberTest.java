package io.zhaoshang.scoring.team;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.ScoringTestStack;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamMemberTest {

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ScoringTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    static String member(String subject, String name, String role) {
        return """
                {"subject": "%s", "name": "%s", "role": "%s"}
                """.formatted(subject, name, role);
    }

    @Test
    void members_are_added_and_removed_with_the_team_s_etag_and_published() throws Exception {
        String zone = Teams.newZone();
        String id = Teams.register(zone, "GOV-1");

        Teams.admin(zone).body(member("u-zhang-wei", "张伟", "LEADER")).post("/api/v1/teams/{id}/members", id)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        Teams.admin(zone).header("If-Match", "\"0\"").body(member("u-zhang-wei", "张伟", "LEADER"))
                .post("/api/v1/teams/{id}/members", id)
                .then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/teams/" + id + "/members/u-zhang-wei"))
                .body("members.subject", contains("u-zhang-wei"))
                .body("members[0].role", equalTo("LEADER"));
        Teams.admin(zone).header("If-Match", "\"1\"").body(member("u-li-na", "李娜", "MEMBER"))
                .post("/api/v1/teams/{id}/members", id).then().statusCode(201).header("ETag", "\"2\"");

        Teams.admin(zone).header("If-Match", "\"2\"").body(member("u-li-na", "李娜", "MEMBER"))
                .post("/api/v1/teams/{id}/members", id).then().statusCode(409).body("code", equalTo("team-member-exists"));
        Teams.admin(zone).header("If-Match", "\"1\"").delete("/api/v1/teams/{id}/members/u-li-na", id)
                .then().statusCode(412);
        Teams.admin(zone).header("If-Match", "\"2\"").delete("/api/v1/teams/{id}/members/u-nobody", id)
                .then().statusCode(404).body("code", equalTo("not-found"));
        Teams.as(zone, Roles.TEAM_LEAD).header("If-Match", "\"2\"").delete("/api/v1/teams/{id}/members/u-li-na", id)
                .then().statusCode(403);
        assertThat(count("select count(*) from team_member where team_id = ?::uuid", id)).isEqualTo(2);

        Teams.admin(zone).header("If-Match", "\"2\"").delete("/api/v1/teams/{id}/members/u-li-na", id)
                .then().statusCode(200).header("ETag", "\"3\"").body("members.subject", contains("u-zhang-wei"));
        Teams.as(zone, Roles.VIEWER).get("/api/v1/teams/{id}", id).then().statusCode(200)
                .body("members", hasSize(1)).body("members[0].name", equalTo("张伟"));

        List<ConsumerRecord<String, String>> changes = topic.awaitRecords(
                r -> id.equals(r.key()) && "zhaoshang.team.changed.v1".equals(header(r, "ce_type")), 3,
                Duration.ofSeconds(30));
        for (ConsumerRecord<String, String> change : changes) {
            EventContract.assertValid("zhaoshang.team.changed.v1", change.value());
        }
        JsonNode last = json.readTree(changes.get(2).value());
        assertThat(last.get("version").asLong()).isEqualTo(3);
        assertThat(last.get("members")).hasSize(1);
        assertThat(last.at("/members/0/subject").asText()).isEqualTo("u-zhang-wei");
        assertThat(last.at("/members/0/role").asText()).isEqualTo("LEADER");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(4);
    }

    @Test
    void a_bad_member_is_a_400_and_changes_nothing() {
        String zone = Teams.newZone();
        String id = Teams.register(zone, "GOV-1");
        Teams.admin(zone).header("If-Match", "\"0\"").body(member("", "张伟", "CAPTAIN"))
                .post("/api/v1/teams/{id}/members", id).then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        Teams.admin(zone).header("If-Match", "\"0\"").body("{\"subject\": \" \", \"name\": \"张伟\", \"role\": \"MEMBER\"}")
                .post("/api/v1/teams/{id}/members", id).then().statusCode(400).body("code", equalTo("validation-failed"));
        assertThat(count("select count(*) from team where id = ?::uuid and version = 0", id)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(1);
    }
}
