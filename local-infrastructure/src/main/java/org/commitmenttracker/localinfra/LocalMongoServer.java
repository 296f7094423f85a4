package org.commitmenttracker.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) for machines without MongoDB: in memory for tests, on an H2 file
 * for local runs. It lacks multi-document transactions, {@code $text} and TTL expiry; the services are designed not to
 * need them. Of secondary indexes it has only those this project adds ({@link StandInBackends}): a query on {@code _id}
 * and other fields (a conditional write) finds its candidates by {@code _id} ({@link IdNarrowedIndex}), and one with a
 * top-level field equal to a value by an index on that field ({@link EqualityIndex}); other queries scan.
 */
public final class LocalMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend durableBackend;

    private LocalMongoServer(MongoServer server, H2Backend durableBackend) {
        this.server = server;
        this.durableBackend = durableBackend;
    }

    /** An in-memory server on a free loopback port. */
    public static LocalMongoServer startInMemory() {
        MongoServer server = new MongoServer(StandInBackends.memory());
        server.bind("127.0.0.1", LocalKafkaBroker.freePort());
        return new LocalMongoServer(server, null);
    }

    /** A server that keeps its data in the H2 file {@code file}, listening on {@code port} of the loopback address. */
    public static LocalMongoServer startDurable(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of " + file, e);
        }
        H2Backend backend = StandInBackends.h2(file.toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new LocalMongoServer(server, backend);
    }

    /** A {@code mongodb://} URI with no database; services append their own. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        server.shutdown();
        if (durableBackend != null) {
            durableBackend.close();
        }
    }
}
