package io.zhaoshang.parks;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.OperationsContract;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    OperationsEndpointsTest() {
        super("parks-service", "/api/v1/zones");
    }
}
