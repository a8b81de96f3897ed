package io.zhaoshang.local.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zhaoshang.local.Files2;
import io.zhaoshang.local.JvmWide;
import io.zhaoshang.local.LocalKafka;
import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.LocalPostgres;
import io.zhaoshang.local.LocalStack;
import io.zhaoshang.local.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real PostgreSQL and Kafka for a service's {@code @QuarkusTest}s:
 * {@code @QuarkusTestResource(value = ZhaoshangTestResource.class, initArgs = @ResourceArg(name = "service", value = "parks"))}.
 *
 * <p>One PostgreSQL, one Kafka and one key pair per test JVM, started on first use on free ports
 * with temp directories, and stopped by a shutdown hook: Quarkus restarts the application (and
 * calls {@link #stop()}) whenever the test profile changes, in a new class loader, and the servers
 * outlive that (see {@link JvmWide}).
 * The database {@code <service>_test} is dropped and recreated once per JVM, so every run starts empty.
 */
public class ZhaoshangTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String INFRA = "zhaoshang-test-infrastructure";
    private static final String RECREATED = "zhaoshang-test-recreated-databases";

    // handles in this class loader for the JVM's servers
    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static Tokens tokens;
    private static Path publicKey;
    private static volatile String jdbcUrl;

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        if (service == null || !service.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "ZhaoshangTestResource needs @ResourceArg(name = \"service\", value = \"<lowercase name>\"), got " + service);
        }
    }

    @Override
    public Map<String, String> start() {
        startInfrastructure();
        String db = service + "_test";
        synchronized (JvmWide.map()) {
            @SuppressWarnings("unchecked")
            Set<String> recreated = (Set<String>) JvmWide.map().computeIfAbsent(RECREATED, k -> ConcurrentHashMap.newKeySet());
            if (recreated.add(db)) {
                postgres.dropDatabaseIfExists(db);
            }
            postgres.createDatabaseIfMissing(db);
            jdbcUrl = postgres.jdbcUrl(db);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey.location", publicKey.toString(),
                // without key config at build time, quarkus-smallrye-jwt generates a test key pair and
                // configures its public key inline, which would win over the location above; NONE = unset
                "mp.jwt.verify.publickey", "NONE",
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    /** Nothing: the servers are shared by every application start in this JVM (see the class comment). */
    @Override
    public void stop() {
    }

    /** The JVM's Kafka broker; tests may stop and start it to simulate an outage. */
    public static LocalKafka kafka() {
        startInfrastructure();
        return kafka;
    }

    /** The JVM's PostgreSQL; tests may stop and start it to simulate an outage. */
    public static LocalPostgres postgres() {
        startInfrastructure();
        return postgres;
    }

    /** Signs tokens the application under test accepts (valid for one hour). */
    public static Tokens tokens() {
        startInfrastructure();
        return tokens;
    }

    /** JDBC URL of the service database of the last {@link #start()} (user/password: {@link LocalPostgres#username()}/{@link LocalPostgres#password()}). */
    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            throw new IllegalStateException("no service database yet: ZhaoshangTestResource has not been started");
        }
        return jdbcUrl;
    }

    // the servers are the JVM's (JvmWide): the first class loader starts them, later ones (other
    // test profiles) get handles for the same ports, directories and keys
    @SuppressWarnings("unchecked")
    private static synchronized void startInfrastructure() {
        if (kafka != null) {
            return;
        }
        Map<String, String> infra;
        synchronized (JvmWide.map()) {
            infra = (Map<String, String>) JvmWide.map().get(INFRA);
            if (infra == null) {
                infra = startNew();
                JvmWide.map().put(INFRA, infra);
            }
        }
        postgres = new LocalPostgres().start(Integer.parseInt(infra.get("pg.port")), Path.of(infra.get("pg.dir")));
        kafka = new LocalKafka(Integer.parseInt(infra.get("kafka.port")), Integer.parseInt(infra.get("kafka.controller.port")),
                Path.of(infra.get("kafka.dir"))).start();
        LocalKeys keys = LocalKeys.loadOrCreate(Path.of(infra.get("keys.dir")));
        tokens = new Tokens(keys);
        publicKey = keys.publicKeyPath();
    }

    private static Map<String, String> startNew() {
        try {
            Path root = Files.createTempDirectory("zhaoshang-test");
            LocalPostgres pg = new LocalPostgres();
            LocalKafka k = new LocalKafka(0, 0, root.resolve("kafka"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                k.stop();
                pg.stop();
                Files2.deleteRecursively(root);
            }, "zhaoshang-test-infrastructure-stop"));
            pg.start(0, root.resolve("postgres"));
            k.start().createTopics(LocalStack.allTopics());
            LocalKeys.loadOrCreate(root.resolve("keys"));
            return Map.of(
                    "pg.port", String.valueOf(pg.port()),
                    "pg.dir", pg.dataDir().toString(),
                    "kafka.port", String.valueOf(k.port()),
                    "kafka.controller.port", String.valueOf(k.controllerPort()),
                    "kafka.dir", k.logDir().toString(),
                    "keys.dir", root.resolve("keys").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
