package io.zhaoshang.parks.land;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Reservations not allocated in time give their land back by themselves (the check runs every second in tests). */
@QuarkusTest
class LandExpiryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void a_reservation_past_its_time_expires_and_its_parcels_are_offered_again() throws Exception {
        String zone = Land.newZoneCode();
        String park = Land.zoneWithPark(zone);
        String parcel = Land.parcel(zone, "X-1", park, "30");
        Land.parcel(zone, "X-2", park, "30");
        String overdue = Land.reserve(zone, Land.reservation(park, "30"));
        String current = Land.reserve(zone, Land.reservation(park, "30"));
        String allocated = Land.reserve(zone, withParcel(Land.reservation(park, "1"), Land.parcel(zone, "X-3", park, "5")));
        Land.admin(zone).post("/api/v1/land-reservations/{id}/allocation", allocated).then().statusCode(200);

        try (TopicProbe topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC)) {
            rows("update land_reservation set reserved_until = now() - interval '1 minute' where id in (?::uuid, ?::uuid) "
                    + "returning id", overdue, allocated);

            ConsumerRecord<String, String> event = topic.awaitRecords(r -> overdue.equals(r.key())
                    && Land.RELEASED.equals(header(r, "ce_type")), 1, WAIT).get(0);
            EventContract.assertValid(Land.RELEASED, event.value());
            JsonNode data = new ObjectMapper().readTree(event.value());
            assertThat(data.get("reason").asText()).isEqualTo("EXPIRED");
            assertThat(data.get("parcels").get(0).get("parcelId").asText()).isEqualTo(parcel);
            assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/parks");
        }
        assertThat(rows("select status, release_reason, updated_by, version from land_reservation where id = ?::uuid",
                overdue).get(0)).containsEntry("status", "EXPIRED").containsEntry("release_reason", "EXPIRED")
                .containsEntry("updated_by", "parks-service").containsEntry("version", 1L);
        assertThat(rows("select status, reservation_id from parcel where id = ?::uuid", parcel).get(0))
                .containsEntry("status", "AVAILABLE").containsEntry("reservation_id", null);
        Land.admin(zone).get("/api/v1/land-reservations/{id}", overdue).then().statusCode(200)
                .body("status", equalTo("EXPIRED")).body("releaseReason", equalTo("EXPIRED"));

        // the job ran on: what holds land in time, or is allocated, is not touched; nothing expires twice
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(rows("select status from land_reservation where id = ?::uuid", current).get(0))
                .containsEntry("status", "RESERVED");
        assertThat(rows("select status from land_reservation where id = ?::uuid", allocated).get(0))
                .containsEntry("status", "ALLOCATED");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", overdue,
                Land.RELEASED)).isEqualTo(1);
    }

    private static Map<String, Object> withParcel(Map<String, Object> reservation, String parcel) {
        reservation.put("parcelIds", List.of(parcel));
        return reservation;
    }
}
