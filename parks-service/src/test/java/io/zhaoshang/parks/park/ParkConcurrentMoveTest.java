package io.zhaoshang.parks.park;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Two moves that are each fine alone but make a cycle together: one of them must be refused. */
@QuarkusTest
class ParkConcurrentMoveTest {

    private static final int PAIRS = 10;

    @Test
    void moving_two_parks_under_each_other_at_once_never_makes_a_cycle() throws Exception {
        String zone = Parks.newZoneCode();
        Parks.registerZone(zone);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < PAIRS; pair++) {
                String a = Parks.register(zone, Parks.park("A" + pair));
                String b = Parks.register(zone, Parks.park("B" + pair));
                CyclicBarrier together = new CyclicBarrier(2);
                String codeA = "A" + pair;
                String codeB = "B" + pair;
                CompletableFuture<Response> aUnderB =
                        CompletableFuture.supplyAsync(() -> move(zone, a, codeA, b, together), pool);
                CompletableFuture<Response> bUnderA =
                        CompletableFuture.supplyAsync(() -> move(zone, b, codeB, a, together), pool);

                List<Integer> statuses = new ArrayList<>(List.of(aUnderB.get().statusCode(), bUnderA.get().statusCode()));
                statuses.sort(null);
                assertThat(statuses).as("pair %d", pair).containsExactly(200, 422);
                Response refused = aUnderB.get().statusCode() == 422 ? aUnderB.get() : bUnderA.get();
                assertThat(refused.jsonPath().getString("code")).isEqualTo("park-cycle");
                assertThat(count("select count(*) from park where id in (?::uuid, ?::uuid) and parent_id is null", a, b))
                        .as("one of the pair stays at the top").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response move(String zone, String id, String code, String newParent, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Parks.admin(zone).header("If-Match", "\"0\"")
                .body(Parks.json(Parks.under(newParent, Parks.park(code))))
                .put("/api/v1/parks/{id}", id);
    }
}
