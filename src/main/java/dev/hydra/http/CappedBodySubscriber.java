package dev.hydra.http;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body up to {@code limit} bytes, then cancels the rest, so that a huge page, a binary served as
 * HTML or a decompression bomb never costs more than the limit. With {@code keep = false} the bytes are
 * counted but not stored: a short body is drained (the connection stays reusable), a long one cut off.
 * A body whose length the server announced (up to a megabyte) is read into one array of that size, so that a page
 * costs its own size and no copies.
 */
final class CappedBodySubscriber implements BodySubscriber<CappedBody> {

    /** The first room for a body of unknown length; it doubles as needed, up to the limit. */
    private static final int UNANNOUNCED_START = 16 * 1024;
    /** The most room taken on the server's word alone: a body announced larger grows as its bytes really come. */
    private static final int ANNOUNCED_START_MAX = 1024 * 1024;

    private final long limit;
    private final boolean keep;
    /** Holds the first {@code size} bytes of the body kept so far. */
    private byte[] kept;

    private int size;
    private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;

    /** @param announcedLength the body's Content-Length, or -1 when the server did not say */
    CappedBodySubscriber(long limit, boolean keep, long announcedLength) {
        this.limit = limit;
        this.keep = keep;
        long expected = announcedLength >= 0 ? Math.min(announcedLength, ANNOUNCED_START_MAX) : UNANNOUNCED_START;
        this.kept = keep ? new byte[(int) Math.min(limit, expected)] : null;
    }

    @Override
    public CompletionStage<CappedBody> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int remaining = item.remaining();
            long room = limit - received;
            int take = (int) Math.min(room, remaining);
            if (keep && take > 0) {
                if (size + take > kept.length) {
                    kept = Arrays.copyOf(kept, (int) Math.min(limit, Math.max(size + take, 2L * kept.length + 1)));
                }
                item.get(kept, size, take);
                size += take;
            }
            received += remaining;
            if (received > limit) {
                subscription.cancel();
                result.complete(new CappedBody(keep ? keptBytes() : null, true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(keep ? new CappedBody(keptBytes(), false) : CappedBody.NONE);
    }

    private byte[] keptBytes() {
        return size == kept.length ? kept : Arrays.copyOf(kept, size);
    }
}
