package io.zhaoshang.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures make the consumer wait for its database instead of dead-lettering a good record. */
class EventConsumerTest {

    @Test
    void a_lost_or_refused_connection_is_the_database_being_away() {
        // what PostgreSQL's driver says when the server goes away mid-statement, wrapped as the effect sees it
        SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(EventConsumer.databaseUnavailable(new IllegalStateException("commit failed",
                new RuntimeException(ioError)))).isTrue();
        // the pool could not connect: Hibernate's connection exception, whatever the driver's state
        assertThat(EventConsumer.databaseUnavailable(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void anything_else_is_the_records_problem_and_goes_the_bounded_way() {
        assertThat(EventConsumer.databaseUnavailable(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(EventConsumer.databaseUnavailable(new RuntimeException(new SQLException("no state")))).isFalse();
        assertThat(EventConsumer.databaseUnavailable(new IllegalArgumentException("no such team"))).isFalse();
    }
}
