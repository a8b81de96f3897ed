package io.zhaoshang.scoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.OpenApiSnapshot;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What operators and front-end teams rely on: probes, metrics and the committed API contract. */
@QuarkusTest
class OperationsEndpointsTest {

    private static final String MESSAGING = "SmallRye Reactive Messaging - readiness check";

    @Test
    void liveness_and_readiness_report_database_kafka_outbox_and_the_consumed_channels() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // the consumers are ready once they have joined their group
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("outbox", "Database connections health check", MESSAGING))
                .body("checks.find { it.name == '" + MESSAGING + "' }.data.keySet()",
                        hasItems("outbox", "leads-events", "projects-events")));
    }

    @Test
    void metrics_show_the_outbox_backlog_and_http_requests() {
        given().get("/api/v1/teams").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("zhaoshang_outbox_backlog"))
                .body(containsString("zhaoshang_outbox_oldest_age_seconds"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void the_served_openapi_is_the_committed_one() {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenApiSnapshot.assertMatches(served, OpenApiSnapshot.of("scoring-service"));
    }
}
