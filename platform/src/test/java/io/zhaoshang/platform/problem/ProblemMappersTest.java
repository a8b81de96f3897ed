package io.zhaoshang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void findsTheProblemBehindATransactionFailure() {
        RuntimeException commitFailed = new RuntimeException("rollback", new OptimisticLockException("stale"));
        assertThat(ProblemMappers.known(commitFailed)).get()
                .extracting(ProblemException::status, ProblemException::code)
                .containsExactly(409, "concurrent-modification");
        assertThat(ProblemMappers.known(new StaleObjectStateException("Lead", 1))).get()
                .extracting(ProblemException::code).isEqualTo("concurrent-modification");
    }

    @Test
    void aUniqueKeyViolationIsAConflict() {
        var duplicate = new org.hibernate.exception.ConstraintViolationException("insert",
                new SQLException("duplicate key value violates unique constraint", "23505"), "company_uscc_key");
        assertThat(ProblemMappers.known(new RuntimeException(duplicate))).get()
                .extracting(ProblemException::status, ProblemException::code).containsExactly(409, "conflict");
    }

    @Test
    void aLostDatabaseIsAServiceUnavailableWorthARetry() {
        ProblemException lost = ProblemMappers.known(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend", "08006"))).orElseThrow();
        assertThat(lost.status()).isEqualTo(503);
        assertThat(lost.code()).isEqualTo("service-unavailable");
        assertThat(lost.headers()).containsEntry("Retry-After", "5");
        assertThat(ProblemMappers.known(new SQLException("terminating connection", "57P01"))).get()
                .extracting(ProblemException::status).isEqualTo(503);
    }

    @Test
    void findsAWrappedProblemException() {
        ProblemException problem = ProblemException.forbidden("zone-missing");
        assertThat(ProblemMappers.known(new IllegalStateException(problem))).containsSame(problem);
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(ProblemMappers.known(new NullPointerException())).isEmpty();
        assertThat(ProblemMappers.known(new SQLException("not null", "23502"))).isEmpty();
    }
}
