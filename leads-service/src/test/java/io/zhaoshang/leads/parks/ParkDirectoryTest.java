package io.zhaoshang.leads.parks;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

    @Test
    void a_lead_without_a_target_park_gets_the_open_park_that_best_wants_its_industry_as_a_suggestion() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String parent = UUID.randomUUID().toString();
        String exact = UUID.randomUUID().toString();
        register(parent, zone, "P-PARENT", "SEI-04");
        register(exact, zone, "P-EXACT", "SEI-01", "SEI-04.01");
        assertThat(rows("select array_to_string(leading_industries, ',') as industries from park where id = ?::uuid",
                exact).get(0)).containsEntry("industries", "SEI-01,SEI-04.01");

        String leadId = LeadTestData.member(zone, "GOV-1").body(LeadTestData.minimalBody(
                        LeadTestData.company(zone, "济宁建议园区公司")))
                .post("/api/v1/leads").then().statusCode(201)
                .body("suggestedParkId", equalTo(exact)).body("targetParkId", nullValue())
                .extract().path("id");
        assertThat(rows("select target_park_id from lead where id = ?::uuid", leadId).get(0))
                .containsEntry("target_park_id", null);
        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("suggestedParkId", equalTo(exact));

        // the park no longer lists the industry: the category's park is next; a merged park is none
        ObjectNode changed = (ObjectNode) json.readTree(example(ParkDirectory.CHANGED, exact, zone));
        changed.putArray("leadingIndustries").add("SEI-01");
        ParksTopic.awaitHandled(ParksTopic.send(ParkDirectory.CHANGED, exact, changed.toString()));
        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads").then().statusCode(200)
                .body("items.suggestedParkId", contains(parent));
        ParksTopic.awaitHandled(ParksTopic.send(ParkDirectory.MERGED, parent, example(ParkDirectory.MERGED, parent, zone)));
        assertThat(rows("select status, array_to_string(leading_industries, ',') as industries from park"
                + " where id = ?::uuid", parent).get(0)).containsEntry("status", "MERGED")
                .containsEntry("industries", "SEI-04");
        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("suggestedParkId", nullValue());

        // a lead with a target park needs no suggestion
        String targeted = LeadTestData.minimalBody(LeadTestData.company(zone, "济宁指定园区公司"))
                .replace("}", ", \"targetParkId\": \"" + exact + "\"}");
        LeadTestData.member(zone, "GOV-1").body(targeted).post("/api/v1/leads").then().statusCode(201)
                .body("targetParkId", equalTo(exact)).body("suggestedParkId", nullValue());
    }

    private void register(String parkId, String zone, String code, String... leadingIndustries) throws Exception {
        ObjectNode data = (ObjectNode) json.readTree(example(ParkDirectory.REGISTERED, parkId, zone));
        data.put("code", code).put("status", "ACTIVE");
        ArrayNode industries = data.putArray("leadingIndustries");
        for (String industry : leadingIndustries) {
            industries.add(industry);
        }
        ParksTopic.awaitHandled(ParksTopic.send(ParkDirectory.REGISTERED, parkId, data.toString()));
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
