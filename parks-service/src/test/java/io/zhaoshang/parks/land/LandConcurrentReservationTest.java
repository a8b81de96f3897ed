package io.zhaoshang.parks.land;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Parallel requests for the one parcel that fits: exactly one gets it, whatever the order and the channel. */
@QuarkusTest
class LandConcurrentReservationTest {

    private static final int PARALLEL = 8;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void parallel_reservations_of_the_one_fitting_parcel_give_it_to_exactly_one() throws Exception {
        String zone = Land.newZoneCode();
        String park = Land.zoneWithPark(zone);
        String parcel = Land.parcel(zone, "ONLY-1", park, "50");
        Land.parcel(zone, "TOO-SMALL", park, "10");

        List<Response> responses = together(PARALLEL, i -> Land.admin(zone)
                .body(Land.json(Land.reservation(park, "45"))).post("/api/v1/land-reservations"));

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 201).hasSize(PARALLEL - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(409);
                    assertThat(r.jsonPath().getString("code")).isEqualTo("no-parcel-fits");
                });
        String winner = created.get(0).jsonPath().getString("id");
        assertParcelHeldOnlyBy(zone, parcel, winner);
        assertThat(count("select count(*) from outbox_event where event_type = ? and payload like ?", Land.RESERVED,
                "%\"" + zone + "\"%")).isEqualTo(1);
        try (TopicProbe topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC)) {
            topic.awaitRecords(r -> winner.equals(r.key()) && Land.RESERVED.equals(header(r, "ce_type")), 1, WAIT);
            assertThat(topic.seen()).filteredOn(r -> Land.RESERVED.equals(header(r, "ce_type"))
                    && r.value().contains("\"" + zone + "\"")).hasSize(1);
        }
    }

    @Test
    void a_land_request_event_and_parallel_reservations_over_the_api_never_share_the_parcel() {
        String zone = Land.newZoneCode();
        String park = Land.zoneWithPark(zone);
        String parcel = Land.parcel(zone, "ONLY-1", park, "50");
        String projectId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String request = """
                {"projectId": "%s", "zone": "%s", "parkId": "%s", "areaMu": 45, "landUse": "INDUSTRIAL",
                 "requestedAt": "2026-11-20T03:12:45.123456Z"}""".formatted(projectId, zone, park);

        List<Response> responses;
        try (TopicProbe projects = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), Land.PROJECTS_TOPIC)) {
            responses = together(4, i -> {
                if (i == 0) {
                    projects.send(Land.PROJECTS_TOPIC, projectId, request, Land.projectEventHeaders(eventId,
                            Land.LAND_REQUESTED, projectId, OffsetDateTime.now(ZoneOffset.UTC)));
                    return null;
                }
                return Land.admin(zone).body(Land.json(Land.reservation(park, "45"))).post("/api/v1/land-reservations");
            });
        }
        await().atMost(WAIT).until(() -> count("select count(*) from land_reservation where request_event_id = ?",
                eventId) == 1);

        long createdOverApi = responses.stream().filter(r -> r != null && r.statusCode() == 201).count();
        String eventStatus = (String) rows("select status from land_reservation where request_event_id = ?", eventId)
                .get(0).get("status");
        assertThat(createdOverApi + (eventStatus.equals("RESERVED") ? 1 : 0)).isEqualTo(1);
        if (eventStatus.equals("REJECTED")) {
            assertThat(rows("select rejection_reason from land_reservation where request_event_id = ?", eventId)
                    .get(0)).containsEntry("rejection_reason", "NO_PARCEL_FITS");
        }
        List<Map<String, Object>> held = rows("select id::text as id from land_reservation where zone = ? "
                + "and status = 'RESERVED'", zone);
        assertThat(held).hasSize(1);
        assertParcelHeldOnlyBy(zone, parcel, (String) held.get(0).get("id"));
    }

    private static void assertParcelHeldOnlyBy(String zone, String parcel, String reservation) {
        assertThat(rows("select status, reservation_id::text as reservation from parcel where id = ?::uuid", parcel))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("status", "RESERVED")
                        .containsEntry("reservation", reservation));
        assertThat(count("select count(*) from land_reservation where zone = ? and status = 'RESERVED'", zone))
                .isEqualTo(1);
        assertThat(count("select count(*) from land_reservation_parcel where parcel_id = ?::uuid", parcel))
                .isEqualTo(1);
    }

    interface Call {
        Response run(int index);
    }

    /** Runs the calls at once, released by one barrier, and returns their answers in call order. */
    private static List<Response> together(int calls, Call call) {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            CyclicBarrier barrier = new CyclicBarrier(calls);
            List<CompletableFuture<Response>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return call.run(index);
                }, pool));
            }
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
