package org.commitmenttracker.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Kafka broker and MongoDB server that integration tests talk to over the network, one of each per test JVM,
 * chosen once: the real {@code apache/kafka} and {@code mongo} images through Testcontainers where a Docker engine
 * answers, otherwise the local broker and the MongoDB wire server in this JVM. Either way, real network clients,
 * never mocks.
 */
public final class TestInfrastructure {

    private static volatile Endpoints endpoints;

    private TestInfrastructure() {
    }

    public record Endpoints(String kafkaBootstrapServers, String mongoUri, String kind) {

        /** A MongoDB URI naming {@code database}. */
        public String mongoUri(String database) {
            return mongoUri + "/" + database;
        }
    }

    public static Endpoints endpoints() {
        Endpoints current = endpoints;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = endpoints;
                if (current == null) {
                    current = start();
                    endpoints = current;
                }
            }
        }
        return current;
    }

    private static Endpoints start() {
        Logs.quietenInfrastructure();
        if (DockerClientFactory.instance().isDockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.2"));
            MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse("mongo:8.0")).withReplicaSet();
            kafka.start();
            mongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.stop();
                mongo.stop();
            }));
            String uri = mongo.getConnectionString();
            return new Endpoints(kafka.getBootstrapServers(), uri, "testcontainers");
        }
        try {
            Path dir = Files.createTempDirectory("tracker-test-kafka");
            LocalKafkaBroker kafka = LocalKafkaBroker.start(dir, 0, 0);
            LocalMongoServer mongo = LocalMongoServer.startInMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.close();
                kafka.close();
            }));
            return new Endpoints(kafka.bootstrapServers(), mongo.connectionString(), "local");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
