package io.zhaoshang.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker inside this JVM: KRaft combined mode (broker + controller, node 1),
 * one node, so every internal topic has replication factor 1 (the default 3 makes consumer groups
 * wait forever for replicas that will never exist).
 *
 * <p>The log directory is formatted only once, so {@link #stop()} + {@link #start()} on the same
 * port and directory keeps topics, records and committed offsets. An instance is a handle for the
 * broker on its port: any handle in the JVM (see {@link JvmWide}) sees, stops and restarts the same broker.
 */
public final class LocalKafka implements AutoCloseable {

    public static final int PARTITIONS = 3;

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean tempDir;

    /** {@code port}/{@code controllerPort} 0 = a free port; {@code logDir} null = a temp dir deleted by {@link #close()}. */
    public LocalKafka(int port, int controllerPort, Path logDir) {
        this.port = port == 0 ? Files2.freePort() : port;
        this.controllerPort = controllerPort == 0 ? Files2.freePort() : controllerPort;
        try {
            this.tempDir = logDir == null;
            this.logDir = tempDir ? Files.createTempDirectory("zs-kafka") : Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the broker, unless one already runs on this port in this JVM (started by any handle or class loader). */
    public LocalKafka start() {
        synchronized (JvmWide.map()) {
            if (isRunning()) {
                return this;
            }
            QuietLogs.warnOnly("kafka", "org.apache.kafka", "state.change.logger");
            Map<String, String> props = props();
            format(props);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown(); // a half-started broker holds ports and threads
                throw e;
            }
            // clean shutdown: the controller writes its snapshot and the broker closes its logs, then all threads end
            JvmWide.map().put(key(), (Runnable) () -> {
                server.shutdown();
                server.awaitShutdown();
            });
            awaitReady();
            return this;
        }
    }

    /** Stops the broker running on this port in this JVM, whoever started it. */
    public void stop() {
        synchronized (JvmWide.map()) {
            Runnable stopper = (Runnable) JvmWide.map().remove(key());
            if (stopper != null) {
                stopper.run();
            }
        }
    }

    /** Stops, and deletes the log directory if it was a temp dir made by the constructor. */
    @Override
    public void close() {
        stop();
        if (tempDir) {
            Files2.deleteRecursively(logDir);
        }
    }

    public boolean isRunning() {
        return JvmWide.map().containsKey(key());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDir() {
        return logDir;
    }

    /** Creates the topics that don't exist yet ({@value #PARTITIONS} partitions, replication factor 1). */
    public void createTopics(String... names) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Arrays.stream(names).distinct().filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, PARTITIONS, (short) 1)).toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // someone else (auto-creation, another caller) made it in between: that is what we wanted
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics " + Arrays.toString(names), e);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private String key() {
        return "kafka:" + port;
    }

    private Map<String, String> props() {
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // a single node: every internal topic with one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // fewer internal partitions (default 50) make the first group/transaction start quicker
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.num.partitions", "5");
        // the cleaner allocates this buffer up front; the 128 MiB default is wasted on a dev box
        p.put("log.cleaner.dedupe.buffer.size", "8388608");
        // no reason to delay the first rebalance with one broker and tests waiting on it
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", String.valueOf(PARTITIONS));
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    // formatting again would give the directory a new cluster id: a formatted directory keeps its data
    private void format(Map<String, String> props) {
        if (Files.exists(logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            return;
        }
        try {
            new Formatter()
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toAbsolutePath().toString()))
                    .setControllerListenerName(props.get("controller.listener.names"))
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka log dir " + logDir, e);
        }
    }

    // startup() returns once the broker is unfenced; a metadata round trip proves clients can use it
    private void awaitReady() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not become ready", e);
        }
    }
}
