package io.zhaoshang.e2e;

import io.zhaoshang.local.LocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One stack for every test class of this module — PostgreSQL, Kafka and the four services as
 * separate processes (their packaged quarkus-run.jar), exactly as {@code ./run-local} runs them —
 * started before the first class that asks for it and stopped when JUnit ends.
 *
 * <p>Scoring's clock runs an hour past the end of the current month (Asia/Shanghai), so that the
 * month the story plays in can be closed; the other services run on the real time. Parks checks for
 * expired land reservations every second (the job {@code ReplicasTest} watches).
 *
 * <p>The services run as deployed, with the OpenTelemetry Java agent; their spans go into their logs as
 * OTLP JSON lines ({@code logging-otlp}), which the observability tests read.
 */
public final class RunningStack implements BeforeAllCallback {

    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RunningStack.class, key -> {
            try {
                stack = start();
            } catch (Exception e) {
                throw new IllegalStateException("the stack did not start", e);
            }
            return (ExtensionContext.Store.CloseableResource & AutoCloseable) stack::stop;
        });
    }

    /** Where the stack keeps PostgreSQL, Kafka, the keys and the services' logs. */
    public static Path dataDir() {
        return repo().resolve("e2e/target/stack");
    }

    /** The repository's root: Maven passes it; from the module's directory it is the parent. */
    public static Path repo() {
        return Path.of(System.getProperty("zhaoshang.repo", "..")).toAbsolutePath().normalize();
    }

    public static LocalStack stack() {
        return stack;
    }

    static Story.Services services() {
        return new Story.Services(stack.baseUrl("parks"), stack.baseUrl("leads"), stack.baseUrl("projects"),
                stack.baseUrl("scoring"));
    }

    private static LocalStack start() throws Exception {
        Instant nextMonth = LocalDate.now(Story.SHANGHAI).withDayOfMonth(1).plusMonths(1)
                .atStartOfDay(Story.SHANGHAI).toInstant();
        Duration scoringAhead = Duration.between(Instant.now(), nextMonth).plusHours(1);
        Map<String, Map<String, String>> env = new HashMap<>();
        for (String service : LocalStack.SERVICES) {
            env.put(service, new HashMap<>(Map.of(
                    "OTEL_TRACES_EXPORTER", "logging-otlp",
                    "OTEL_BSP_SCHEDULE_DELAY", "200", // spans in the log within a fraction of a second
                    // a span a line: short lines, which the other writer of the log never cuts in two
                    "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "1",
                    // the consumers' "handled" lines, to show the trace id in a JSON log line
                    "QUARKUS_LOG_CATEGORY__IO_ZHAOSHANG_PLATFORM_EVENT__LEVEL", "DEBUG")));
        }
        env.get("scoring").put("ZHAOSHANG_CLOCK_OFFSET", scoringAhead.toString());
        // a job every second, so that ReplicasTest sees which replica runs it
        env.get("parks").put("ZHAOSHANG_LAND_EXPIRY_CHECK", "1s");
        return LocalStack.startForTest(repo(), dataDir(), env, true);
    }
}
