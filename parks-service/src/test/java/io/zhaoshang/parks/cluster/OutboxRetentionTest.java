package io.zhaoshang.parks.cluster;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.platform.event.OutboxRetention;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Published outbox rows older than the retention go, younger ones stay. (Rows never published are not
 * matched by {@code published_at < cutoff}; one is not written here because the relay would send it.)
 */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    OutboxRetention retention;

    @Test
    void only_old_published_events_are_purged() {
        String aggregate = "retention-" + UUID.randomUUID();
        Instant longAgo = Instant.now().minus(30, ChronoUnit.DAYS);
        event(aggregate, "published-long-ago", longAgo, longAgo);
        event(aggregate, "published-now", longAgo, Instant.now());

        int purged = retention.purgePublishedBefore(Instant.now().minus(7, ChronoUnit.DAYS));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = 'published-long-ago'", aggregate)).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = 'published-now'", aggregate))
                .isEqualTo(1);
    }

    private static void event(String aggregate, String type, Instant occurred, Instant published) {
        count("""
                with written as (
                  insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, topic, payload, occurred_at, published_at)
                  values (?, 'test', ?, ?, 'zhaoshang.test', '{}', ?, ?) returning 1)
                select count(*) from written""",
                UUID.randomUUID(), aggregate, type, Timestamp.from(occurred), Timestamp.from(published));
    }
}
