package io.zhaoshang.scoring;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.OperationsContract;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    OperationsEndpointsTest() {
        super("scoring-service", "/api/v1/teams", "leads-events", "projects-events");
    }
}
