package io.zhaoshang.leads;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.OperationsContract;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    OperationsEndpointsTest() {
        super("leads-service", "/api/v1/companies");
    }
}
