package io.zhaoshang.local.test;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A test profile whose tests start on an empty database of their own (and the usual broker), with
 * some settings changed — for what must see a fresh database, such as a seed that loads only into
 * an empty one. A service's profile names its database: {@code super("parks_seed", Map.of(...))}.
 */
public abstract class OwnDatabaseProfile implements QuarkusTestProfile {

    private final String database;
    private final Map<String, String> overrides;

    protected OwnDatabaseProfile(String database, Map<String, String> overrides) {
        this.database = database;
        this.overrides = overrides;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ZhaoshangTestResource.class, Map.of("service", database)));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
