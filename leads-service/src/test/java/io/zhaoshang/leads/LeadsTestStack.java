package io.zhaoshang.leads;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.zhaoshang.local.test.ZhaoshangTestResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL and Kafka of deploy/local. */
@QuarkusTestResource(value = ZhaoshangTestResource.class, initArgs = @ResourceArg(name = "service", value = "leads"))
public final class LeadsTestStack {

    public static final String TOPIC = "zhaoshang.leads.v1";

    private LeadsTestStack() {
    }
}
