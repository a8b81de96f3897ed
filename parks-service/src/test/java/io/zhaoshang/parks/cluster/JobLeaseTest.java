package io.zhaoshang.parks.cluster;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.platform.job.OncePerCluster;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lease behind {@code OncePerCluster} against the real database. Another replica is played by
 * rows written with SQL; two real processes sharing one database are in e2e's {@code ReplicasTest}.
 */
@QuarkusTest
class JobLeaseTest {

    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    OncePerCluster leases;

    @Test
    void a_free_lease_is_taken_and_renewed_by_its_holder() {
        String job = newJob();

        assertThat(leases.take(job, LEASE)).isTrue();
        assertThat(leases.take(job, LEASE)).as("the holder renews").isTrue();

        assertThat(rows("select holder from job_lease where job = ?", job))
                .extracting(row -> row.get("holder")).containsExactly(leases.holder());
        assertThat(count("select count(*) from job_lease where job = ? and expires_at > now() + interval '100 seconds'", job))
                .as("the lease lasts as long as asked").isEqualTo(1);
    }

    @Test
    void a_lease_another_replica_holds_is_not_taken_until_it_runs_out() {
        String job = newJob();
        count("with taken as (insert into job_lease (job, holder, expires_at) values (?, 'other-pod/1/abc', now() + interval '1 hour')"
                + " returning 1) select count(*) from taken", job);

        assertThat(leases.take(job, LEASE)).as("held by another replica").isFalse();
        assertThat(rows("select holder from job_lease where job = ?", job))
                .extracting(row -> row.get("holder")).containsExactly("other-pod/1/abc");

        count("with ran_out as (update job_lease set expires_at = now() - interval '1 second' where job = ? returning 1)"
                + " select count(*) from ran_out", job);

        assertThat(leases.take(job, LEASE)).as("the other replica's lease ran out").isTrue();
        assertThat(rows("select holder from job_lease where job = ?", job))
                .extracting(row -> row.get("holder")).containsExactly(leases.holder());
    }

    @Test
    void the_holder_names_the_host_and_the_process() {
        assertThat(leases.holder()).contains("/" + ProcessHandle.current().pid() + "/");
    }

    private static String newJob() {
        return "test-job-" + UUID.randomUUID();
    }
}
