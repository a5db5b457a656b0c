package dev.hydra.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body up to {@code limit} bytes, then cancels the rest, so that a huge page, a binary served as
 * HTML or a decompression bomb never costs more than the limit. With {@code keep = false} the bytes are
 * counted but not stored: a short body is drained (the connection stays reusable), a long one cut off.
 */
final class CappedBodySubscriber implements BodySubscriber<CappedBody> {

    private final long limit;
    private final boolean keep;
    private final ByteArrayOutputStream buffer;
    private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;

    CappedBodySubscriber(long limit, boolean keep) {
        this.limit = limit;
        this.keep = keep;
        this.buffer = keep ? new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024)) : null;
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
                byte[] chunk = new byte[take];
                item.get(chunk);
                buffer.write(chunk, 0, take);
            }
            received += remaining;
            if (received > limit) {
                subscription.cancel();
                result.complete(new CappedBody(keep ? buffer.toByteArray() : null, true));
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
        result.complete(keep ? new CappedBody(buffer.toByteArray(), false) : CappedBody.NONE);
    }
}
