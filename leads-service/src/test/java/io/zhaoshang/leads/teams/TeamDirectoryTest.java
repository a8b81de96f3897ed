package io.zhaoshang.leads.teams;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Leads keeps the teams of each zone from the contract's examples, sent as real records on zhaoshang.scoring.v1. */
@QuarkusTest
class TeamDirectoryTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_newest_version_of_a_team_wins_and_a_redelivery_changes_nothing() throws Exception {
        String zone = LeadTestData.newZone();
        String teamId = UUID.randomUUID().toString();
        ScoringTopic.awaitHandled(ScoringTopic.send(ScoringTopic.REGISTERED, teamId,
                example(ScoringTopic.REGISTERED, teamId, zone)));
        assertThat(team(teamId)).containsEntry("code", "GOV-1").containsEntry("name", "第一招商小分队")
                .containsEntry("status", "ACTIVE").containsEntry("version", 0L);

        String changedId = ScoringTopic.send(ScoringTopic.CHANGED, teamId, example(ScoringTopic.CHANGED, teamId, zone));
        ScoringTopic.awaitHandled(changedId);
        assertThat(team(teamId)).containsEntry("name", "第一政府招商小分队").containsEntry("version", 1L);

        ScoringTopic.awaitHandled(ScoringTopic.send(ScoringTopic.REGISTERED, teamId,
                example(ScoringTopic.REGISTERED, teamId, zone)));
        ScoringTopic.send(changedId, ScoringTopic.CHANGED, teamId,
                example(ScoringTopic.CHANGED, teamId, zone).replace("第一政府招商小分队", "改名"));
        // a later event of the same key is handled after the redelivery: then the redelivery has passed
        ObjectNode later = (ObjectNode) json.readTree(example(ScoringTopic.CHANGED, teamId, zone));
        later.put("status", "WARNED").put("version", 2);
        ScoringTopic.awaitHandled(ScoringTopic.send(ScoringTopic.CHANGED, teamId, later.toString()));
        assertThat(team(teamId)).containsEntry("name", "第一政府招商小分队").containsEntry("status", "WARNED")
                .containsEntry("version", 2L);
        assertThat(count("select count(*) from inbox_event where event_id = ?", changedId)).isEqualTo(1);
    }

    @Test
    void a_team_event_without_its_code_goes_to_the_dead_letters() throws Exception {
        try (TopicProbe deadLetters = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(),
                ScoringTopic.TOPIC + ".dlq")) {
            String teamId = UUID.randomUUID().toString();
            ObjectNode data = (ObjectNode) json.readTree(example(ScoringTopic.REGISTERED, teamId, LeadTestData.newZone()));
            data.remove("code");
            String eventId = ScoringTopic.send(ScoringTopic.REGISTERED, teamId, data.toString());
            deadLetters.awaitRecords(r -> eventId.equals(header(r, "ce_id")), 1, ScoringTopic.WAIT);
            assertThat(count("select count(*) from team where id = ?::uuid", teamId)).isZero();
        }
    }

    private String example(String type, String teamId, String zone) throws Exception {
        ObjectNode data = (ObjectNode) json.readTree(EventContract.example(type));
        data.put("teamId", teamId);
        data.put("zone", zone);
        return data.toString();
    }

    private static Map<String, Object> team(String id) {
        return rows("select code, name, status, version from team where id = ?::uuid", id).get(0);
    }
}
