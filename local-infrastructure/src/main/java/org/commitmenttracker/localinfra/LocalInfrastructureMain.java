package org.commitmenttracker.localinfra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one piece of local infrastructure as a process of its own, until SIGTERM:
 * <pre>
 *   java -jar local-infrastructure-exec.jar kafka DATA_DIR PORT CONTROLLER_PORT
 *   java -jar local-infrastructure-exec.jar mongo H2_FILE PORT
 *   java -jar local-infrastructure-exec.jar mail MAIL_DIR PORT
 * </pre>
 * Shutting down on SIGTERM lets the H2 file flush; {@code kill -9} can lose the last second of writes.
 */
public final class LocalInfrastructureMain {

    private LocalInfrastructureMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Logs.quietenInfrastructure();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        AutoCloseable running = switch (args.length > 0 ? args[0] : "") {
            case "kafka" -> {
                require(args, 4, "kafka DATA_DIR PORT CONTROLLER_PORT");
                LocalKafkaBroker broker = LocalKafkaBroker.start(Path.of(args[1]), port(args[2]), port(args[3]));
                System.out.println("Kafka broker ready on " + broker.bootstrapServers());
                yield broker;
            }
            case "mongo" -> {
                require(args, 3, "mongo H2_FILE PORT");
                LocalMongoServer mongo = LocalMongoServer.startDurable(Path.of(args[1]), port(args[2]));
                System.out.println("MongoDB wire server ready on " + mongo.connectionString());
                yield mongo;
            }
            case "mail" -> {
                require(args, 3, "mail MAIL_DIR PORT");
                LocalMailServer mail = LocalMailServer.start(Path.of(args[1]), port(args[2]));
                System.out.println("SMTP mail catcher ready on 127.0.0.1:" + mail.port() + ", writing to " + mail.directory());
                yield mail;
            }
            default -> {
                System.err.println("usage: kafka DATA_DIR PORT CONTROLLER_PORT | mongo H2_FILE PORT | mail MAIL_DIR PORT");
                System.exit(2);
                yield null;
            }
        };
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("Error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "local-infrastructure-shutdown"));
        stopped.await();
    }

    private static void require(String[] args, int count, String usage) {
        if (args.length != count) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            System.err.println("Not a port number: " + value);
            System.exit(2);
            return -1;
        }
    }
}
