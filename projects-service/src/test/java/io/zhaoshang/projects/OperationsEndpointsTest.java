package io.zhaoshang.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.OperationsContract;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    OperationsEndpointsTest() {
        super("projects-service", "/api/v1/projects");
    }
}
