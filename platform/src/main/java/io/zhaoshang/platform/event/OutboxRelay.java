package io.zhaoshang.platform.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka in write order. The producer behind the {@code outbox} channel is
 * idempotent with acks=all; the record key is the aggregate id, so one aggregate's events land on
 * one partition in the order they were written. While Kafka is unreachable the relay backs off
 * (doubling up to a ceiling) and nothing is lost: rows stay pending until a send is acknowledged.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay per database at a time, even with several replicas: a transaction-scoped advisory lock. */
    private static final long RELAY_LOCK = 0x7a68_6f75_7462_6f78L;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final URI source;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration maxBackoff;
    private final Counter published;
    private final Counter failures;

    private final ExecutorService waker = Executors.newSingleThreadExecutor(daemon("outbox-relay"));
    private final ExecutorService sender = Executors.newSingleThreadExecutor(daemon("outbox-send"));
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private Duration backoff = FIRST_BACKOFF;

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager entityManager, MeterRegistry registry,
            @ConfigProperty(name = "zhaoshang.events.source") URI source,
            @ConfigProperty(name = "zhaoshang.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "zhaoshang.outbox.send-timeout", defaultValue = "30s") Duration sendTimeout,
            @ConfigProperty(name = "zhaoshang.outbox.max-backoff", defaultValue = "10s") Duration maxBackoff) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.source = source;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.maxBackoff = maxBackoff;
        this.published = registry.counter("zhaoshang.outbox.published");
        this.failures = registry.counter("zhaoshang.outbox.publish.failures");
    }

    /** Called after a transaction that wrote events commits: publish them now rather than at the next tick. */
    void wake() {
        waker.execute(this::relay);
    }

    /** From the start of shutdown on, no new drain: the database may close under it (rows wait for the next start). */
    void stopRelaying(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void stopWaking() {
        waker.shutdownNow();
        sender.shutdownNow();
    }

    /** Drains the outbox; a call while a drain runs asks that drain to go round once more. */
    @Scheduled(every = "${zhaoshang.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = MessagingStarted.class)
    void relay() {
        wanted.set(true);
        // the channel connects to Kafka only after start-up; until then there is no one to send to
        if (stopping || !emitter.hasRequests() || !running.compareAndSet(false, true)) {
            return;
        }
        // the relay's own queries, every second, are no one's trace: with the agent, they are not recorded
        // (each event's send is, in the trace of the request that wrote it)
        try (Scope untraced = Tracing.unsampled()) {
            while (wanted.getAndSet(false) && !Instant.now().isBefore(pausedUntil)) {
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == batchSize);
            }
        } finally {
            running.set(false);
        }
    }

    /** Publishes one batch in its own transaction and returns how many events were acknowledged. */
    int relayBatch() {
        int timeoutSeconds = (int) sendTimeout.toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            if (!holdsRelayLock()) {
                return 0;
            }
            return publish(OutboxEvent.nextPending(batchSize));
        });
    }

    private boolean holdsRelayLock() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private int publish(List<OutboxEvent> pending) {
        // send the whole batch at once (the producer pipelines it), then settle each in order
        List<CompletableFuture<Void>> acks = send(pending);
        List<Long> acknowledged = new ArrayList<>(pending.size());
        Throwable firstFailure = null;
        for (int i = 0; i < pending.size(); i++) {
            OutboxEvent event = pending.get(i);
            try {
                acks.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(event.position);
            } catch (Exception e) {
                // the rare failed row is updated on its own, by Hibernate at commit
                event.attempts++;
                event.lastError = String.valueOf(e.getCause() != null ? e.getCause() : e);
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        markPublished(acknowledged);
        published.increment(acknowledged.size());
        if (firstFailure != null) {
            failures.increment();
            pause(firstFailure);
        } else {
            backoff = FIRST_BACKOFF;
        }
        return firstFailure == null ? acknowledged.size() : 0;
    }

    /** One statement for the batch: an UPDATE per row was most of what a busy relay's transaction cost. */
    private void markPublished(List<Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        entityManager.createQuery("""
                update OutboxEvent set publishedAt = :now, attempts = attempts + 1, lastError = null
                where position in :positions""")
                .setParameter("now", Instant.now())
                .setParameter("positions", positions)
                .executeUpdate();
    }

    /**
     * Hands the messages to the emitter from a thread outside the relay's transaction: Mutiny's
     * context propagation would otherwise carry that transaction into Kafka's callback threads,
     * and Narayana refuses to commit a transaction other threads are still in.
     */
    private List<CompletableFuture<Void>> send(List<OutboxEvent> pending) {
        List<Message<String>> messages = pending.stream().map(this::toMessage).toList();
        try {
            return sender.submit(() -> {
                List<CompletableFuture<Void>> acks = new ArrayList<>(messages.size());
                for (int i = 0; i < messages.size(); i++) {
                    // with the OpenTelemetry agent, the producer span joins the trace of the request that wrote the event
                    try (Scope ignored = Tracing.asParent(pending.get(i).traceparent)) {
                        acks.add(emitter.sendMessage(messages.get(i)).subscribeAsCompletionStage());
                    }
                }
                return acks;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing events to Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not hand events to Kafka", e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void pause(Throwable failure) {
        pausedUntil = Instant.now().plus(backoff);
        LOG.warnf("outbox relay could not publish (%s); retrying in %d ms", failure, backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
    }

    private Message<String> toMessage(OutboxEvent event) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId.toString())
                .withType(event.eventType)
                .withSource(source)
                .withSubject(event.aggregateId)
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("traceparent", event.traceparent)
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateId)
                .withTopic(event.topic)
                .addHeaders(new RecordHeader("traceparent", event.traceparent.getBytes(StandardCharsets.UTF_8)))
                .build();
        return Message.of(event.payload).addMetadata(cloudEvent).addMetadata(kafka);
    }
}
