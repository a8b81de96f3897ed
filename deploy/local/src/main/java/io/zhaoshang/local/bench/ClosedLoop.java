package io.zhaoshang.local.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load for the request benchmarks of this package: N client threads send a call one
 * after the other for a fixed time, every answer must be a success, and the round reports requests
 * per second and latency percentiles.
 */
final class ClosedLoop {

    private ClosedLoop() {
    }

    /** A request that answers its HTTP status. */
    @FunctionalInterface
    interface Call {
        int send() throws IOException, InterruptedException;
    }

    record Result(long requests, double seconds, long[] latenciesMicros) {
        double perSecond() {
            return requests / seconds;
        }

        long percentile(double p) {
            return latenciesMicros.length == 0 ? 0 : latenciesMicros[(int) Math.min(latenciesMicros.length - 1,
                    Math.floor(p * latenciesMicros.length))];
        }
    }

    /** Sends the call from n threads for the given time; every answer must be a success (2xx). */
    static Result round(String label, Call call, int n, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<long[]>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int t = 0; t < n; t++) {
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    int status = call.send();
                    if (status / 100 != 2) {
                        throw new IllegalStateException(label + " answered " + status);
                    }
                    latencies.add((System.nanoTime() - sent) / 1000);
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> worker : workers) {
            long[] some = worker.get();
            long[] joined = Arrays.copyOf(all, all.length + some.length);
            System.arraycopy(some, 0, joined, all.length, some.length);
            all = joined;
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        Result result = new Result(all.length, elapsed, all);
        System.out.printf("%-40s threads %2d: %6d requests in %.1f s = %8.1f req/s, p50 %.2f ms, p99 %.2f ms%n", label,
                n, all.length, elapsed, result.perSecond(), result.percentile(0.5) / 1000.0,
                result.percentile(0.99) / 1000.0);
        return result;
    }
}
