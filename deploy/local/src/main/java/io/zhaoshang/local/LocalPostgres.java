package io.zhaoshang.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 server run from the zonky binaries artifact. As root, zonky itself wraps
 * initdb/pg_ctl in {@code unshare -U} (PostgreSQL refuses to run as root).
 *
 * <p>The data directory is never wiped by zonky, so {@link #stop()} + {@link #start()} (or a new
 * JVM pointing at the same directory) keeps the data. An instance is a handle for the server on its
 * port: every handle in the JVM sees, stops and restarts the same server.
 */
public final class LocalPostgres implements AutoCloseable {

    // initdb runs with trust authentication for this user; the password is only for clients that insist on one
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private volatile int port;
    private Path dataDir;
    private boolean tempDir;

    /**
     * Starts PostgreSQL on {@code port} (0 = any free port) with {@code dataDir} (null = a new temp dir,
     * deleted by {@link #close()}), unless it already runs on that port in this JVM: then this
     * becomes another handle for it (see {@link JvmWide}).
     */
    public synchronized LocalPostgres start(int port, Path dataDir) {
        if (this.dataDir != null) {
            throw new IllegalStateException("this handle is already bound to port " + this.port + ", use start()");
        }
        try {
            this.tempDir = dataDir == null;
            this.dataDir = tempDir ? Files.createTempDirectory("zs-pg") : Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = port;
        return start();
    }

    /** Starts again with the port and data directory of the first {@link #start(int, Path)}. */
    public synchronized LocalPostgres start() {
        if (dataDir == null) {
            throw new IllegalStateException("call start(port, dataDir) first");
        }
        synchronized (JvmWide.map()) {
            if (isRunning()) {
                return this;
            }
            QuietLogs.warnOnly("io.zonky.test.db.postgres");
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        // shutdown order (services, Kafka, then PostgreSQL) is ours to decide
                        .setRegisterShutdownHook(false)
                        // the first start runs initdb and may extract the binaries
                        .setPGStartupWait(Duration.ofSeconds(60));
                if (port != 0) {
                    builder.setPort(port);
                }
                EmbeddedPostgres server = builder.start();
                port = server.getPort();
                // fast shutdown via pg_ctl; the data directory stays
                JvmWide.map().put(key(), (Runnable) () -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start (port " + port + ", data " + dataDir + ")", e);
            }
        }
    }

    /** Stops the PostgreSQL running on this port in this JVM, whoever started it; the data directory stays. */
    public void stop() {
        synchronized (JvmWide.map()) {
            Runnable stopper = (Runnable) JvmWide.map().remove(key());
            if (stopper != null) {
                stopper.run();
            }
        }
    }

    /** Stops, and deletes the data directory if it was a temp dir made by {@link #start(int, Path)}. */
    @Override
    public synchronized void close() {
        stop();
        if (tempDir && dataDir != null) {
            Files2.deleteRecursively(dataDir);
            dataDir = null;
        }
    }

    public boolean isRunning() {
        return port != 0 && JvmWide.map().containsKey(key());
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String db) {
        return "jdbc:postgresql://localhost:" + port + "/" + db;
    }

    /** Creates database {@code name} unless it exists. Returns true if it was created. */
    public boolean createDatabaseIfMissing(String name) {
        checkName(name);
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (exists.executeQuery().next()) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name); // name is checked against DB_NAME above
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /** Drops database {@code name} (disconnecting its sessions) if it exists. */
    public void dropDatabaseIfExists(String name) {
        checkName(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + name, e);
        }
    }

    /** A plain JDBC connection to {@code db}. */
    public Connection connect(String db) throws SQLException {
        // the driver itself, not DriverManager: that one only hands out drivers of the caller's class loader
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl(db));
        return ds.getConnection(USER, PASSWORD);
    }

    private String key() {
        return "postgres:" + port;
    }

    private static void checkName(String name) {
        if (!DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }
}
