package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.http.HostPattern;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates a browser would refuse make a link broken with a TLS reason, unless the user opts out per host. */
class TlsFaultsTest {

    private RawServer plain;

    @BeforeEach
    void start() throws IOException {
        plain = new RawServer();
    }

    @AfterEach
    void stop() throws IOException {
        plain.close();
    }

    private URI startLinking(URI... targets) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><title>start</title>");
        for (URI target : targets) {
            html.append("<a href=\"").append(target).append("\">x</a>\n");
        }
        plain.page("/", html.toString());
        return plain.uri("/");
    }

    @Test
    void selfSignedCertificateIsBrokenWithATlsReason() throws Exception {
        try (TlsServer tls = new TlsServer("self-signed", TlsServer.ok())) {
            URI target = tls.uri("/page");
            CheckResult result = run(fast(startLinking(target)).build(), Duration.ofSeconds(20));

            LinkResult link = link(result, target);
            assertEquals(Verdict.BROKEN, link.verdict());
            assertEquals(
                    "TLS failure: certificate not trusted (self-signed, or its issuer is unknown)"
                            + " (set insecureHosts to accept this host's certificate)",
                    link.reason());
        }
    }

    @Test
    void insecureHostsAcceptsTheSelfSignedCertificate() throws Exception {
        try (TlsServer tls = new TlsServer("self-signed", TlsServer.ok())) {
            URI target = tls.uri("/page");
            CheckResult result = run(
                    fast(startLinking(target))
                            .insecureHost(new HostPattern("127.0.0.1"))
                            .build(),
                    Duration.ofSeconds(20));

            LinkResult link = link(result, target);
            assertEquals(Verdict.OK, link.verdict());
            assertEquals("200 OK", link.reason());
        }
    }

    @Test
    void insecureHostsForAnotherHostChangesNothing() throws Exception {
        try (TlsServer tls = new TlsServer("self-signed", TlsServer.ok())) {
            URI target = tls.uri("/page");
            CheckResult result = run(
                    fast(startLinking(target))
                            .insecureHost(new HostPattern("*.example.org"))
                            .build(),
                    Duration.ofSeconds(20));

            assertEquals(Verdict.BROKEN, link(result, target).verdict());
        }
    }

    @Test
    void redirectFromHttpsToHttpIsAWarning() throws Exception {
        plain.page("/landing", "<!DOCTYPE html><title>plain</title>");
        URI landing = plain.uri("/landing");
        try (TlsServer tls = new TlsServer("self-signed", exchange -> {
            exchange.getResponseHeaders().set("Location", landing.toString());
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        })) {
            URI target = tls.uri("/moved");
            CheckResult result = run(
                    fast(startLinking(target))
                            .insecureHost(new HostPattern("127.0.0.1"))
                            .build(),
                    Duration.ofSeconds(20));

            LinkResult link = link(result, target);
            assertEquals(Verdict.WARNING, link.verdict());
            assertEquals("200 OK after a redirect from https to http (" + landing + ")", link.reason());
            assertEquals(landing.toString(), link.finalUrl());
        }
    }

    /**
     * Expired and wrong-host certificates from an issuer the JVM trusts: the check runs in a child JVM whose
     * trust store holds the test CA ({@code -Djavax.net.ssl.trustStore}), as a company CA would be installed.
     */
    @Test
    void expiredAndWrongHostCertificatesFromATrustedIssuerAreBroken(@TempDir Path temp) throws Exception {
        Path trust = temp.resolve("trust.p12");
        try (var in = TlsServer.class.getResourceAsStream("tls/trust.p12")) {
            Files.copy(in, trust);
        }
        try (TlsServer expired = new TlsServer("expired", TlsServer.ok());
                TlsServer wrongHost = new TlsServer("wrong-host", TlsServer.ok())) {
            URI start = startLinking(expired.uri("/expired"), wrongHost.uri("/wrong-host"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djavax.net.ssl.trustStore=" + trust,
                    "-Djavax.net.ssl.trustStorePassword=changeit",
                    "-Djavax.net.ssl.trustStoreType=PKCS12",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CheckInChildJvm.class.getName(),
                    start.toString()));
            Process child =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try {
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child check did not end within 60 s");
                output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                child.destroyForcibly();
            }
            assertEquals(0, child.exitValue(), output);
            assertTrue(
                    output.contains(expired.uri("/expired") + "\tbroken\tTLS failure: certificate expired"
                            + " (set insecureHosts to accept this host's certificate)"),
                    output);
            assertTrue(
                    output.contains(wrongHost.uri("/wrong-host") + "\tbroken\tTLS failure: certificate is not valid for"
                            + " 127.0.0.1 (set insecureHosts to accept this host's certificate)"),
                    output);
        }
    }
}
