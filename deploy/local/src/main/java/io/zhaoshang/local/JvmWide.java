package io.zhaoshang.local;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What runs in this JVM, visible to every copy of this module. Quarkus tests load the module once
 * per test profile (one class loader each), so plain statics would start a second PostgreSQL and
 * Kafka. The map lives in this class's copy in the system class loader, which every profile's
 * class loader can reach; it holds only JDK types (strings, Runnables), never this module's classes.
 * Not System properties: other libraries expect those to be strings.
 */
public final class JvmWide {

    /** Public only so other class loaders' copies can read it reflectively; use {@link #map()}. */
    public static final Map<String, Object> SHARED = new ConcurrentHashMap<>();

    private static final Map<String, Object> MAP = find();

    private JvmWide() {
    }

    /** The JVM's map; also the lock for starting and stopping servers. */
    public static Map<String, Object> map() {
        return MAP;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find() {
        try {
            Class<?> system = Class.forName(JvmWide.class.getName(), true, ClassLoader.getSystemClassLoader());
            return (Map<String, Object>) system.getField("SHARED").get(null);
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return SHARED; // this module is not on the system class path: this copy is the only one
        }
    }
}
