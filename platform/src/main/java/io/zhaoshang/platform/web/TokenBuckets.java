package io.zhaoshang.platform.web;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: {@code burst} tokens at most, refilled at {@code perSecond}. Plain Java
 * on an explicit clock (nanoseconds), so that its arithmetic is tested without waiting.
 */
public final class TokenBuckets {

    /** Buckets kept before the full ones are dropped: a full bucket is the same as none. */
    static final int MAX_KEYS = 10_000;

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("perSecond must be > 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes a token for the key: 0 when it was there, else the nanoseconds until one will be. */
    public long take(String key, long nowNanos) {
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(bucket -> bucket.isFull(nowNanos));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(nowNanos)).take(nowNanos);
    }

    /** How many clients have a bucket now. */
    int size() {
        return buckets.size();
    }

    private final class Bucket {

        private double tokens = burst;
        private long at;

        Bucket(long nowNanos) {
            at = nowNanos;
        }

        synchronized long take(long nowNanos) {
            refill(nowNanos);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        }

        synchronized boolean isFull(long nowNanos) {
            refill(nowNanos);
            return tokens >= burst;
        }

        private void refill(long nowNanos) {
            tokens = Math.min(burst, tokens + (nowNanos - at) / 1e9 * perSecond);
            at = nowNanos;
        }
    }
}
