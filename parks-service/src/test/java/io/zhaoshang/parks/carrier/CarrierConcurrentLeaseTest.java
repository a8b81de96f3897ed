package io.zhaoshang.parks.carrier;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Parallel leases on one carrier: only those that fit one after the other succeed; vacancy never goes negative. */
@QuarkusTest
class CarrierConcurrentLeaseTest {

    private static final int PARALLEL = 8;
    private static final int ROUNDS = 3;

    @Test
    void parallel_leases_never_lease_more_than_the_floor_area() throws Exception {
        String zone = Carriers.newZoneCode();
        String park = Carriers.zoneWithPark(zone);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String carrier = Carriers.register(zone, Carriers.carrier("F-" + round, park)); // 1000 m²
                CyclicBarrier together = new CyclicBarrier(PARALLEL);
                List<CompletableFuture<Response>> leases = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    leases.add(CompletableFuture.supplyAsync(() -> lease(zone, carrier, together), pool));
                }
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<Response> lease : leases) {
                    Response response = lease.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertThat(response.jsonPath().getString("code")).isEqualTo("insufficient-vacancy");
                    }
                }
                // 150 m² each into 1000 m²: six fit, whatever the order
                assertThat(statuses).as("round %d", round).filteredOn(status -> status == 201).hasSize(6);
                assertThat(statuses).as("round %d", round).filteredOn(status -> status == 409).hasSize(PARALLEL - 6);

                Map<String, Object> row = rows("select floor_area_sqm, leased_sqm, version from carrier where id = ?::uuid",
                        carrier).get(0);
                assertThat((BigDecimal) row.get("leased_sqm")).isEqualByComparingTo("900");
                assertThat(row.get("version")).isEqualTo(6L);
                assertThat(count("select count(*) from carrier_lease where carrier_id = ?::uuid", carrier)).isEqualTo(6);
                assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?",
                        carrier, "zhaoshang.space.leased.v1")).isEqualTo(6);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response lease(String zone, String carrier, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Carriers.admin(zone).body(Carriers.json(Carriers.lease("150")))
                .post("/api/v1/carriers/{id}/leases", carrier);
    }
}
