package io.zhaoshang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_client_writes_its_burst_at_once_then_at_the_refill_rate() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        // empty: one token comes back every half second at 2 per second
        assertThat(buckets.take("a", 0)).isEqualTo(SECOND / 2);
        assertThat(buckets.take("a", SECOND / 4)).isEqualTo(SECOND / 4);
        assertThat(buckets.take("a", SECOND / 2)).isZero();
        assertThat(buckets.take("a", SECOND / 2)).isEqualTo(SECOND / 2);
    }

    @Test
    void clients_have_buckets_of_their_own_and_a_bucket_never_holds_more_than_its_burst() {
        TokenBuckets buckets = new TokenBuckets(1, 2);
        buckets.take("a", 0);
        buckets.take("a", 0);
        assertThat(buckets.take("a", 0)).isPositive();
        assertThat(buckets.take("b", 0)).isZero();
        // an hour idle refills two tokens, not 3,600
        assertThat(buckets.take("a", 3600 * SECOND)).isZero();
        assertThat(buckets.take("a", 3600 * SECOND)).isZero();
        assertThat(buckets.take("a", 3600 * SECOND)).isPositive();
    }

    @Test
    void many_idle_clients_do_not_pile_up() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        for (int i = 0; i <= TokenBuckets.MAX_KEYS + 10; i++) {
            buckets.take("client-" + i, 0);
        }
        assertThat(buckets.size()).isEqualTo(TokenBuckets.MAX_KEYS + 11);
        // a minute later every bucket is full again, so they are dropped; a dropped client starts full
        assertThat(buckets.take("client-0", 60 * SECOND)).isZero();
        assertThat(buckets.size()).isEqualTo(1);
        assertThat(buckets.take("client-0", 60 * SECOND)).isPositive();
    }

    @Test
    void a_limit_of_nothing_is_refused() {
        assertThatThrownBy(() -> new TokenBuckets(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
