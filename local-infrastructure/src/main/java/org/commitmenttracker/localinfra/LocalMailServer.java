package org.commitmenttracker.localinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail catcher for running the system locally: a real SMTP server (GreenMail) on 127.0.0.1 that accepts every
 * message and keeps it, and writes each one as an {@code .eml} file (which any mail program opens) into a directory.
 * Nothing is relayed anywhere.
 */
public final class LocalMailServer implements AutoCloseable {

    private final GreenMail mail;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    private final Path directory;
    private int written;

    private LocalMailServer(GreenMail mail, Path directory) {
        this.mail = mail;
        this.directory = directory;
    }

    public static LocalMailServer start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        LocalMailServer server = new LocalMailServer(mail, directory);
        server.writer.scheduleWithFixedDelay(server::writeNew, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    public int port() {
        return mail.getSmtp().getPort();
    }

    public Path directory() {
        return directory;
    }

    private synchronized void writeNew() {
        MimeMessage[] received = mail.getReceivedMessages();
        for (; written < received.length; written++) {
            Path file = directory.resolve(String.format("%05d.eml", written + 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                received[written].writeTo(out);
            } catch (IOException | MessagingException e) {
                System.err.println("Could not write " + file + ": " + e);
            }
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        writeNew();
        mail.stop();
    }
}
