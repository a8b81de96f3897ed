package io.zhaoshang.parks;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.zhaoshang.local.test.ZhaoshangTestResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL and Kafka of deploy/local. */
@QuarkusTestResource(value = ZhaoshangTestResource.class, initArgs = @ResourceArg(name = "service", value = "parks"))
public final class ParksTestStack {

    public static final String TOPIC = "zhaoshang.parks.v1";

    private ParksTestStack() {
    }
}
