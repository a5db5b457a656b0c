package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.site.SiteServer;
import dev.hydra.testing.Checks;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a check opens is closed on every path, also when something created after the site server fails. */
class LinkCheckResourcesTest {

    @Test
    void aPoolThatCannotBeMadeLeavesNoSiteServerListening(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>home</title>");
        List<Integer> ports = new ArrayList<>();
        LinkCheck.SiteStarter watched = (directory, threads) -> {
            SiteServer server = SiteServer.start(directory, threads);
            ports.add(server.rootUri().getPort());
            return server;
        };
        // the worker pool's queue holds 256 tasks a thread: 2^23 threads is a capacity past Integer.MAX_VALUE, which
        // the pool refuses, after the site server started
        CheckConfig config =
                Checks.quick().url(null).directory(site).threads(1 << 23).build();

        assertThrows(
                IllegalArgumentException.class, () -> new LinkCheck(config, new CheckListener() {}, watched).run());

        assertEquals(1, ports.size(), "the site server was started first");
        assertThrows(
                ConnectException.class,
                () -> {
                    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), ports.get(0))) {
                        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
                    }
                },
                "the site server still listens after the check failed");
    }

    @Test
    void theCloserClosesEverythingLastFirstEvenWhenOneFails() {
        List<String> closed = new ArrayList<>();
        Closer closer = new Closer();
        closer.add("first", closed::add);
        closer.add("second", name -> {
            closed.add(name);
            throw new IllegalStateException("second failed");
        });
        closer.add("third", closed::add);
        IllegalStateException failure = assertThrows(IllegalStateException.class, closer::close);
        assertEquals("second failed", failure.getMessage());
        assertEquals(List.of("third", "second", "first"), closed);
    }

    @Test
    void aMissingIndexStartsNothing(@TempDir Path temp) throws IOException {
        List<Integer> ports = new ArrayList<>();
        LinkCheck.SiteStarter watched = (directory, threads) -> {
            ports.add(0);
            return SiteServer.start(directory, threads);
        };
        CheckConfig config = Checks.quick().url(null).directory(temp).build();
        assertThrows(IOException.class, () -> new LinkCheck(config, new CheckListener() {}, watched).run());
        assertTrue(ports.isEmpty());
    }
}
