package io.zhaoshang.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPostgresTest {

    @TempDir
    Path dir;

    @Test
    void keptDataSurvivesStopStartAndANewInstanceOnTheSameDirectory() throws Exception {
        Path data = dir.resolve("pg");
        int port = Files2.freePort();
        LocalPostgres pg = new LocalPostgres().start(port, data);
        try {
            assertThat(pg.createDatabaseIfMissing("parks")).isTrue();
            assertThat(pg.createDatabaseIfMissing("parks")).isFalse();
            try (Connection c = pg.connect("parks"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE park (id int primary key, name text)");
                s.execute("INSERT INTO park VALUES (1, '汉台')");
                ResultSet version = s.executeQuery("SHOW server_version");
                version.next();
                assertThat(version.getString(1)).startsWith("17.");
            }

            // restart in the same JVM (tests stop PostgreSQL to simulate an outage)
            pg.stop();
            assertThat(pg.isRunning()).isFalse();
            assertThatThrownBy(() -> pg.connect("parks").close()).isInstanceOf(SQLException.class);
            pg.start();
            assertThat(parkName(pg)).isEqualTo("汉台");
        } finally {
            pg.stop();
        }

        // a second run on the same directory (the local stack across launches)
        LocalPostgres again = new LocalPostgres().start(port, data);
        try {
            assertThat(again.createDatabaseIfMissing("parks")).isFalse();
            assertThat(parkName(again)).isEqualTo("汉台");
            again.dropDatabaseIfExists("parks");
            assertThat(again.createDatabaseIfMissing("parks")).isTrue();
        } finally {
            again.close();
        }
        assertThat(data).exists(); // not a temp dir: close() keeps it
    }

    @Test
    void rejectsDatabaseNamesThatWouldNeedQuoting() {
        LocalPostgres pg = new LocalPostgres();
        assertThatThrownBy(() -> pg.createDatabaseIfMissing("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String parkName(LocalPostgres pg) throws SQLException {
        try (Connection c = pg.connect("parks"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM park WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
