package io.zhaoshang.leads.parks;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.local.test.EventContract;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Leads keeps the parks of each zone from the contract's examples, sent as real records on zhaoshang.parks.v1. */
@QuarkusTest
class ParkDirectoryTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_newest_version_of_a_park_wins_and_a_merged_park_is_no_target() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String parkId = UUID.randomUUID().toString();
        ParksTopic.awaitHandled(ParksTopic.send(ParkDirectory.REGISTERED, parkId, example(ParkDirectory.REGISTERED, parkId, zone)));
        assertThat(park(parkId)).containsEntry("status", "PLANNED").containsEntry("name", "济宁生物医药产业园")
                .containsEntry("version", 0L);
        String company = LeadTestData.company(zone, "济宁目标园区公司");
        String body = LeadTestData.minimalBody(company).replace("}", ", \"targetParkId\": \"" + parkId + "\"}");
        String leadId = LeadTestData.member(zone, "GOV-1").body(body).post("/api/v1/leads").then().statusCode(201)
                .body("targetParkId", equalTo(parkId)).extract().path("id");

        String changed = example(ParkDirectory.CHANGED, parkId, zone);
        String changedId = ParksTopic.send(ParkDirectory.CHANGED, parkId, changed);
        ParksTopic.awaitHandled(changedId);
        Map<String, Object> afterChange = park(parkId);
        assertThat(afterChange.get("version")).isEqualTo(json.readTree(changed).get("version").asLong());
        assertThat(afterChange.get("name")).isEqualTo(json.readTree(changed).get("name").asText());

        // a late registration (older version) and a redelivery change nothing
        ParksTopic.awaitHandled(ParksTopic.send(ParkDirectory.REGISTERED, parkId, example(ParkDirectory.REGISTERED, parkId, zone)));
        ParksTopic.send(changedId, ParkDirectory.CHANGED, parkId, changed.replace(afterChange.get("name").toString(), "改名"));
        ParksTopic.awaitHandled(ParksTopic.send(ParkDirectory.MERGED, parkId, example(ParkDirectory.MERGED, parkId, zone)));
        assertThat(park(parkId)).containsEntry("status", "MERGED").containsEntry("name", afterChange.get("name"))
                .containsEntry("version", 3L);

        LeadTestData.member(zone, "GOV-1").header("If-Match", "\"0\"").body(body).put("/api/v1/leads/{id}", leadId)
                .then().statusCode(422).body("code", equalTo("park-not-open"));
    }

    @Test
    void a_retired_park_first_heard_of_by_its_retirement_is_known_as_retired() throws Exception {
        String zone = LeadTestData.newZone();
        String parkId = UUID.randomUUID().toString();
        ParksTopic.awaitHandled(ParksTopic.send(ParkDirectory.RETIRED, parkId, example(ParkDirectory.RETIRED, parkId, zone)));
        assertThat(park(parkId)).containsEntry("status", "RETIRED").containsEntry("zone", zone)
                .containsEntry("version", 4L).containsEntry("name", null);
    }

    /** The contract's example of the type, for a park of its own in the zone. */
    private String example(String type, String parkId, String zone) throws Exception {
        ObjectNode data = (ObjectNode) json.readTree(EventContract.example(type));
        data.put("parkId", parkId);
        data.put("zone", zone);
        return data.toString();
    }

    private static Map<String, Object> park(String id) {
        return rows("select zone, name, status, version from park where id = ?::uuid", id).get(0);
    }
}
