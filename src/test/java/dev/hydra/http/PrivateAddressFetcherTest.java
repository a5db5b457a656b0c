package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The fetcher that holds requests to the private-address rule, over a next fetcher that only records what reaches it:
 * nothing here connects anywhere.
 */
class PrivateAddressFetcherTest {

    private final List<URI> forwarded = new CopyOnWriteArrayList<>();
    private final Fetcher recording = request -> {
        forwarded.add(request.uri());
        return CompletableFuture.completedFuture(
                new FetchOutcome.Failure(request.uri(), FailureKind.CONNECTION_REFUSED, "recorded only"));
    };

    private FetchOutcome fetch(PrivateAddresses rule, String url) {
        return new PrivateAddressFetcher(recording, rule, Runnable::run)
                .fetch(FetchRequest.head(URI.create(url)))
                .join();
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsNotForwarded() throws UnknownHostException {
        // this machine's own name resolves to its own addresses: loopback or private on any build machine
        String name = InetAddress.getLocalHost().getHostName();
        InetAddress[] addresses = InetAddress.getAllByName(name);
        assumeTrue(
                Arrays.stream(addresses).allMatch(address -> PrivateAddresses.rangeOf(address) != null),
                name + " resolves to a public address here");

        FetchOutcome outcome = fetch(new PrivateAddresses(false, List.of()), "http://" + name + ":1/status");

        assertEquals(List.of(), forwarded);
        FetchOutcome.Failure failure = assertInstanceOf(FetchOutcome.Failure.class, outcome);
        assertEquals(FailureKind.PRIVATE_ADDRESS, failure.kind());
        assertTrue(failure.reason().contains(name), failure.reason());
    }

    @Test
    void anUnresolvableNameIsLeftToTheClientToTell() {
        fetch(new PrivateAddresses(false, List.of()), "https://docs.example.invalid/");

        assertEquals(List.of(URI.create("https://docs.example.invalid/")), forwarded);
    }

    @Test
    void withTheRuleLiftedABrowserSpellingIsRequestedAsItsDottedAddressAndToldAsWritten() {
        FetchOutcome outcome = fetch(new PrivateAddresses(true, List.of()), "http://0x7f.0.0.2:1/x?y=1");

        assertEquals(List.of(URI.create("http://127.0.0.2:1/x?y=1")), forwarded);
        assertEquals(URI.create("http://0x7f.0.0.2:1/x?y=1"), outcome.requested());
    }

    @Test
    void aLiteralPrivateAddressIsRefusedWithoutALookup() {
        FetchOutcome outcome =
                fetch(new PrivateAddresses(false, List.of()), "http://169.254.169.254/latest/meta-data/");

        assertEquals(List.of(), forwarded);
        assertEquals(FailureKind.PRIVATE_ADDRESS, ((FetchOutcome.Failure) outcome).kind());
    }
}
