package io.zhaoshang.parks.park;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merging a park into another (its sub-parks and carriers move) and retiring a park, and what is refused. */
@QuarkusTest
class ParkMergeTest {

    private static final String MERGED = "zhaoshang.park.merged.v1";
    private static final String RETIRED = "zhaoshang.park.retired.v1";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;

    @BeforeEach
    void openProbeAndZone() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC);
        zone = Parks.newZoneCode();
        Parks.registerZone(zone);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void a_merge_moves_the_sub_parks_and_carriers_to_the_survivor_and_publishes_the_event() throws Exception {
        String merged = Parks.register(zone, Parks.park("OLD"));
        String sub = Parks.register(zone, Parks.under(merged, Parks.park("OLD-SUB")));
        String subSub = Parks.register(zone, Parks.under(sub, Parks.park("OLD-SUB-SUB")));
        String survivor = Parks.register(zone, Parks.park("NEW"));
        String carrierA = registerCarrier("CA", merged);
        String carrierB = registerCarrier("CB", merged);
        String untouched = registerCarrier("CC", survivor);

        Parks.admin(zone).body(merge(survivor)).post("/api/v1/parks/{id}/merges", merged)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        Parks.as(zone, Roles.VIEWER).header("If-Match", "\"0\"").body(merge(survivor))
                .post("/api/v1/parks/{id}/merges", merged).then().statusCode(403);
        Parks.as(zone, Roles.ZONE_ADMIN).header("If-Match", "\"0\"").body(merge(survivor))
                .post("/api/v1/parks/{id}/merges", merged)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo(survivor))
                .body("updatedBy", equalTo("zone-admin-of-" + zone));

        assertThat(count("select count(*) from park where id = ?::uuid and status = 'MERGED' and merged_into = ?::uuid "
                + "and version = 1", merged, survivor)).isEqualTo(1);
        assertThat(count("select count(*) from park where id = ?::uuid and parent_id = ?::uuid and version = 1",
                sub, survivor)).isEqualTo(1);
        assertThat(count("select count(*) from park where id = ?::uuid and parent_id = ?::uuid and version = 0",
                subSub, sub)).isEqualTo(1); // moves with its parent
        assertThat(count("select count(*) from carrier where id in (?::uuid, ?::uuid) and park_id = ?::uuid "
                + "and version = 1", carrierA, carrierB, survivor)).isEqualTo(2);
        assertThat(count("select count(*) from carrier where id = ?::uuid and version = 0", untouched)).isEqualTo(1);
        Parks.as(zone, Roles.VIEWER).get("/api/v1/carriers/{id}", carrierA)
                .then().statusCode(200).header("ETag", "\"1\"").body("parkId", equalTo(survivor));
        Parks.as(zone, Roles.VIEWER).get("/api/v1/parks/{id}/tree", survivor)
                .then().statusCode(200)
                .body("children.id", contains(sub))
                .body("children[0].children.id", contains(subSub))
                .body("children[0].children[0].level", equalTo(3));
        Parks.as(zone, Roles.VIEWER).get("/api/v1/parks/{id}", sub)
                .then().statusCode(200).header("ETag", "\"1\"").body("parentId", equalTo(survivor))
                .body("mergedInto", nullValue());

        ConsumerRecord<String, String> event = awaitEvent(merged, MERGED);
        EventContract.assertValid(MERGED, event.value());
        assertThat(header(event, "ce_subject")).isEqualTo(merged);
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("parkId").asText()).isEqualTo(merged);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("intoParkId").asText()).isEqualTo(survivor);
        assertThat(data.get("movedSubParkIds")).extracting(JsonNode::asText).containsExactly(sub);
        assertThat(data.get("movedCarrierIds")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(carrierA, carrierB);
        assertThat(data.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void a_park_without_sub_parks_or_carriers_merges_with_empty_lists() throws Exception {
        String merged = Parks.register(zone, Parks.park("LONE"));
        String survivor = Parks.register(zone, Parks.park("MAIN"));
        Parks.admin(zone).header("If-Match", "\"0\"").body(merge(survivor)).post("/api/v1/parks/{id}/merges", merged)
                .then().statusCode(200).body("status", equalTo("MERGED"));
        ConsumerRecord<String, String> event = awaitEvent(merged, MERGED);
        EventContract.assertValid(MERGED, event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("movedSubParkIds")).isEmpty();
        assertThat(data.get("movedCarrierIds")).isEmpty();
    }

    @Test
    void a_park_retires_once_none_of_its_sub_parks_is_active_and_publishes_the_event() throws Exception {
        String park = Parks.register(zone, Parks.park("RET"));
        Map<String, Object> planned = Parks.under(park, Parks.park("RET-SUB"));
        planned.put("status", "PLANNED");
        String sub = Parks.register(zone, planned);
        Snapshot before = snapshot();

        retire(park, "\"0\"").statusCode(409).body("code", equalTo("park-has-active-sub-parks"));
        assertUnchanged(before);

        retire(sub, "\"0\"").statusCode(200).header("ETag", "\"1\"").body("status", equalTo("RETIRED"));
        retire(park, "\"0\"").statusCode(200).header("ETag", "\"1\"").body("status", equalTo("RETIRED"))
                .body("mergedInto", nullValue());
        assertThat(count("select count(*) from park where zone = ? and status = 'RETIRED' and version = 1", zone))
                .isEqualTo(2);

        ConsumerRecord<String, String> event = awaitEvent(park, RETIRED);
        EventContract.assertValid(RETIRED, event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("parkId").asText()).isEqualTo(park);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("version").asLong()).isEqualTo(1);
        EventContract.assertValid(RETIRED, awaitEvent(sub, RETIRED).value());

        Snapshot retired = snapshot();
        retire(park, "\"1\"").statusCode(409).body("code", equalTo("park-not-active"));
        assertUnchanged(retired);
    }

    @Test
    void refused_merges_change_nothing() {
        String park = Parks.register(zone, Parks.park("PA"));
        String sub = Parks.register(zone, Parks.under(park, Parks.park("PA-SUB")));
        Parks.register(zone, Parks.under(sub, Parks.park("PA-SUB-SUB")));
        registerCarrier("PC", park);
        String top = Parks.register(zone, Parks.park("TOP"));
        String level2 = Parks.register(zone, Parks.under(top, Parks.park("TOP-2")));
        String retired = Parks.register(zone, Parks.park("GONE"));
        retire(retired, "\"0\"").statusCode(200);
        String mergedAway = Parks.register(zone, Parks.park("AWAY"));
        Parks.admin(zone).header("If-Match", "\"0\"").body(merge(top)).post("/api/v1/parks/{id}/merges", mergedAway)
                .then().statusCode(200);
        String otherZone = Parks.newZoneCode();
        Parks.registerZone(otherZone);
        String foreign = Parks.register(otherZone, Parks.park("FOREIGN"));
        Snapshot before = snapshot();

        mergeOf(park, park, "\"0\"").statusCode(422).body("code", equalTo("park-merge-into-itself"))
                .body("errors[0].field", equalTo("intoParkId"));
        assertUnchanged(before);
        mergeOf(park, retired, "\"0\"").statusCode(422).body("code", equalTo("park-merge-into-inactive"))
                .body("errors[0].field", equalTo("intoParkId"));
        assertUnchanged(before);
        mergeOf(park, mergedAway, "\"0\"").statusCode(422).body("code", equalTo("park-merge-into-inactive"));
        assertUnchanged(before);
        mergeOf(park, UUID.randomUUID().toString(), "\"0\"").statusCode(422).body("code", equalTo("unknown-park"))
                .body("errors[0].field", equalTo("intoParkId"));
        assertUnchanged(before);
        mergeOf(park, foreign, "\"0\"").statusCode(422).body("code", equalTo("unknown-park"));
        assertUnchanged(before);
        mergeOf(park, level2, "\"0\"").statusCode(422).body("code", equalTo("park-too-deep")) // PA-SUB-SUB at level 4
                .body("errors[0].field", equalTo("intoParkId"));
        assertUnchanged(before);
        mergeOf(park, sub, "\"0\"").statusCode(422).body("code", equalTo("park-cycle")); // into its own sub-park
        assertUnchanged(before);
        mergeOf(park, top, "\"7\"").statusCode(412).body("code", equalTo("precondition-failed"));
        assertUnchanged(before);
        mergeOf(mergedAway, top, "\"1\"").statusCode(409).body("code", equalTo("park-not-active"));
        assertUnchanged(before);
        mergeOf(retired, top, "\"1\"").statusCode(409).body("code", equalTo("park-not-active"));
        assertUnchanged(before);
        Parks.admin(zone).header("If-Match", "\"0\"").body("{}").post("/api/v1/parks/{id}/merges", park)
                .then().statusCode(400);
        assertUnchanged(before);
        mergeOf(foreign, top, "\"0\"").statusCode(404); // a park of another zone is not found
        assertUnchanged(before);
    }

    @Test
    void a_put_cannot_set_merged_or_retired_nor_change_a_merged_or_retired_park() {
        Map<String, Object> request = Parks.park("PUT");
        String park = Parks.register(zone, request);
        String retired = Parks.register(zone, Parks.park("PUT-GONE"));
        retire(retired, "\"0\"").statusCode(200);
        Snapshot before = snapshot();

        for (String status : List.of("MERGED", "RETIRED")) {
            request.put("status", status);
            Parks.admin(zone).header("If-Match", "\"0\"").body(Parks.json(request)).put("/api/v1/parks/{id}", park)
                    .then().statusCode(400).body("code", equalTo("invalid-enum-value"))
                    .body("errors[0].field", equalTo("status"));
            Map<String, Object> fresh = Parks.park("NEW-" + status);
            fresh.put("status", status);
            Parks.admin(zone).body(Parks.json(fresh))
                    .post("/api/v1/parks").then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        }
        Map<String, Object> change = Parks.park("PUT-GONE");
        Parks.admin(zone).header("If-Match", "\"1\"").body(Parks.json(change)).put("/api/v1/parks/{id}", retired)
                .then().statusCode(409).body("code", equalTo("park-not-active"));
        assertUnchanged(before);
    }

    private record Snapshot(List<Map<String, Object>> parks, List<Map<String, Object>> carriers, long outbox) {
    }

    private Snapshot snapshot() {
        return new Snapshot(
                rows("select id, parent_id, status, merged_into, version from park where zone = ? order by id", zone),
                rows("select id, park_id, version from carrier where zone = ? order by id", zone),
                count("select count(*) from outbox_event"));
    }

    private void assertUnchanged(Snapshot before) {
        assertThat(snapshot()).isEqualTo(before);
    }

    private ValidatableResponse mergeOf(String park, String into, String ifMatch) {
        return Parks.admin(zone).header("If-Match", ifMatch).body(merge(into))
                .post("/api/v1/parks/{id}/merges", park).then();
    }

    private ValidatableResponse retire(String park, String ifMatch) {
        return Parks.admin(zone).header("If-Match", ifMatch).post("/api/v1/parks/{id}/retirements", park).then();
    }

    private static String merge(String into) {
        return "{\"intoParkId\": \"" + into + "\"}";
    }

    private String registerCarrier(String code, String parkId) {
        Map<String, Object> carrier = new LinkedHashMap<>();
        carrier.put("code", code);
        carrier.put("name", "标准厂房 " + code);
        carrier.put("parkId", parkId);
        carrier.put("kind", "STANDARD_FACTORY");
        carrier.put("floorAreaSqm", new BigDecimal("1000"));
        return Parks.admin(zone).body(Parks.json(carrier)).post("/api/v1/carriers")
                .then().statusCode(201).extract().path("id");
    }

    private ConsumerRecord<String, String> awaitEvent(String parkId, String type) {
        return topic.awaitRecords(r -> parkId.equals(r.key()) && type.equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).get(0);
    }
}
