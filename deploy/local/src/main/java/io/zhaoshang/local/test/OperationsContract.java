package io.zhaoshang.local.test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What operators and front-end teams rely on in every service: probes, metrics and the committed
 * API contract. A service's test extends it as a {@code @QuarkusTest}, naming itself, one secured
 * path, and the channels it consumes.
 */
public abstract class OperationsContract {

    private static final String MESSAGING = "SmallRye Reactive Messaging - readiness check";

    private final String service;
    private final String securedPath;
    private final String[] channels;

    protected OperationsContract(String service, String securedPath, String... consumedChannels) {
        this.service = service;
        this.securedPath = securedPath;
        this.channels = concat("outbox", consumedChannels);
    }

    @Test
    void liveness_and_readiness_report_database_kafka_outbox_and_channels() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // consumers are ready once they have joined their group
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("outbox", "Database connections health check", MESSAGING))
                .body("checks.find { it.name == '" + MESSAGING + "' }.data.keySet()", hasItems(channels)));
    }

    @Test
    void metrics_show_the_outbox_backlog_and_http_requests() {
        given().get(securedPath).then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("zhaoshang_outbox_backlog"))
                .body(containsString("zhaoshang_outbox_oldest_age_seconds"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void the_served_openapi_is_the_committed_one() {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenApiSnapshot.assertMatches(served, OpenApiSnapshot.of(service));
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
