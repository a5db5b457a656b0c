package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** A body is kept whole up to the limit, whatever length the server announced, and cut there. */
class CappedBodySubscriberTest {

    private static byte[] bytes(int length) {
        byte[] body = new byte[length];
        for (int i = 0; i < length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        return body;
    }

    /** Feeds the body in slices of {@code slice} bytes, as the client would; tells whether it was cancelled. */
    private static boolean feed(CappedBodySubscriber subscriber, byte[] body, int slice) {
        boolean[] cancelled = {false};
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {
                cancelled[0] = true;
            }
        });
        for (int from = 0; from < body.length && !cancelled[0]; from += slice) {
            List<ByteBuffer> items = new ArrayList<>();
            items.add(ByteBuffer.wrap(body, from, Math.min(slice, body.length - from)));
            subscriber.onNext(items);
        }
        if (!cancelled[0]) {
            subscriber.onComplete();
        }
        return cancelled[0];
    }

    private static CappedBody body(CappedBodySubscriber subscriber) {
        return subscriber.getBody().toCompletableFuture().join();
    }

    @Test
    void aBodyOfTheAnnouncedLengthIsKeptWhole() {
        byte[] page = bytes(11_000);
        CappedBodySubscriber subscriber = new CappedBodySubscriber(1 << 20, true, page.length);
        assertFalse(feed(subscriber, page, 4096));
        assertArrayEquals(page, body(subscriber).bytes());
        assertFalse(body(subscriber).truncated());
    }

    @Test
    void aBodyOfUnknownLengthGrowsBeyondItsFirstRoom() {
        byte[] page = bytes(100_000);
        CappedBodySubscriber subscriber = new CappedBodySubscriber(1 << 20, true, -1);
        assertFalse(feed(subscriber, page, 7000));
        assertArrayEquals(page, body(subscriber).bytes());
    }

    @Test
    void aBodyLongerThanAnnouncedIsStillKeptWhole() {
        byte[] page = bytes(5000);
        CappedBodySubscriber subscriber = new CappedBodySubscriber(1 << 20, true, 10);
        assertFalse(feed(subscriber, page, 1000));
        assertArrayEquals(page, body(subscriber).bytes());
    }

    @Test
    void aBodyShorterThanAnnouncedKeepsWhatCame() {
        byte[] page = bytes(300);
        CappedBodySubscriber subscriber = new CappedBodySubscriber(1 << 20, true, 5000);
        feed(subscriber, page, 100);
        assertArrayEquals(page, body(subscriber).bytes());
    }

    @Test
    void aBodyAnnouncedLargerThanAMegabyteIsKeptWholeAsItComes() {
        byte[] page = bytes(3 << 20);
        CappedBodySubscriber subscriber = new CappedBodySubscriber(8 << 20, true, page.length);
        assertFalse(feed(subscriber, page, 64 * 1024));
        assertArrayEquals(page, body(subscriber).bytes());
    }

    @Test
    void aBodyOverTheLimitIsCutAtTheLimitAndCancelled() {
        byte[] page = bytes(50_000);
        CappedBodySubscriber subscriber = new CappedBodySubscriber(20_000, true, page.length);
        assertTrue(feed(subscriber, page, 3000));
        assertTrue(body(subscriber).truncated());
        assertArrayEquals(
                java.util.Arrays.copyOf(page, 20_000), body(subscriber).bytes());
    }

    @Test
    void aBodyNotKeptIsOnlyCounted() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(1000, false, 500);
        assertFalse(feed(subscriber, bytes(500), 100));
        assertNull(body(subscriber).bytes());
    }
}
