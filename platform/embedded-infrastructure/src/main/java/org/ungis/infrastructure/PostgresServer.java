package org.ungis.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries zonky ships on Maven Central, started without
 * Docker. Ephemeral (temporary data folder, free port, deleted on exit) for tests, or persistent
 * (fixed folder and port, data kept across restarts) for the local run.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean ephemeral;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean ephemeral) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
    }

    /** A throwaway server on a free port; stopped and deleted when this JVM exits, however it exits. */
    public static PostgresServer startEphemeral() {
        try {
            Path data = Files.createTempDirectory("ungis-pg-");
            PostgresServer server = start(data, FreePorts.pick(), true);
            OrphanReaper.watch(stopCommand(data), List.of(data));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose data lives in {@code dataDirectory} and survives restarts. */
    public static PostgresServer startPersistent(Path dataDirectory, int port) {
        PostgresServer server = start(dataDirectory, port, false);
        OrphanReaper.watch(stopCommand(dataDirectory), List.of());
        return server;
    }

    private static PostgresServer start(Path data, int port, boolean ephemeral) {
        try {
            Files.createDirectories(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(ephemeral)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // test data is disposable: skip fsync for speed; keep it for the local run
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                    .start();
            return new PostgresServer(postgres, data, ephemeral);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + data, e);
        }
    }

    /** Creates the database when it is missing; returns its JDBC URL. */
    public String ensureDatabase(String name) {
        return Databases.ensure(jdbcUrl("postgres"), USER, "", name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ephemeral) {
            Folders.deleteQuietly(dataDirectory);
        }
    }

    private static String stopCommand(Path data) {
        return "[ -f '" + data + "/postmaster.pid' ] && kill -INT $(head -1 '" + data + "/postmaster.pid')";
    }
}
