package io.zhaoshang.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Gives {@code http_server_requests_seconds} histogram buckets, so that dashboards and alerts compute
 * p50/p95/p99 latency across replicas with {@code histogram_quantile}. A dozen fixed buckets rather than
 * Micrometer's ~70 default ones: every bucket is a series per URI, method and status.
 */
public class HttpLatencyBuckets {

    static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter httpServerLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(Stream.of(BUCKETS).mapToDouble(d -> d.toNanos()).toArray())
                        .build()
                        .merge(config);
            }
        };
    }
}
