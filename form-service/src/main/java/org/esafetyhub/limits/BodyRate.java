package org.esafetyhub.limits;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A request body must arrive at an average of at least {@link #MIN_BYTES_PER_SECOND}, counted from when the request
 * began, once {@link #GRACE} has passed: a byte now and then does not start the clock again, as it does an idle
 * timeout (issue 19, finding 2). A slower body's read fails with 408, which frees the thread that was waiting for it.
 * Jetty 12.1 keeps HttpConfiguration's minimum request data rate but never enforces it, and its
 * MinimumDataRateHandler counts every request's bytes together and checks only when a read finds nothing; hence this.
 */
public final class BodyRate extends Handler.Wrapper {

    /** A school's slowest connection sends evidence faster than this; a drip attack, far slower. */
    public static final long MIN_BYTES_PER_SECOND = 1024;
    public static final Duration GRACE = Duration.ofSeconds(10);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length == 0 || length < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        var watched = new Watched(request, request.getComponents().getScheduler());
        var handled = super.handle(watched, response, new Callback.Nested(callback) {
            @Override
            public void completed() {
                watched.finish();
            }
        });
        if (!handled) {
            watched.finish();
        }
        return handled;
    }

    /** The request with its body's bytes counted as they are read, and checked every second until it is all in. */
    private static final class Watched extends Request.Wrapper {

        private final long start = NanoTime.now();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicReference<Runnable> waiting = new AtomicReference<>();
        private final Scheduler scheduler;
        private volatile boolean finished;
        private volatile Content.Chunk tooSlow;
        private volatile Scheduler.Task check;

        Watched(Request request, Scheduler scheduler) {
            super(request);
            this.scheduler = scheduler;
            this.check = scheduler.schedule(this::check, CHECK_EVERY);
        }

        @Override
        public Content.Chunk read() {
            if (tooSlow != null) {
                return tooSlow;
            }
            var chunk = super.read();
            if (chunk != null) {
                bytes.addAndGet(chunk.remaining());
                if (chunk.isLast()) {
                    finish();
                }
            }
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            waiting.set(demandCallback);
            super.demand(() -> {
                if (waiting.compareAndSet(demandCallback, null)) {
                    demandCallback.run();
                }
            });
        }

        private void check() {
            if (finished) {
                return;
            }
            long elapsed = NanoTime.millisSince(start);
            if (elapsed >= GRACE.toMillis() && bytes.get() * 1000 < MIN_BYTES_PER_SECOND * elapsed) {
                tooSlow = Content.Chunk.from(new HttpException.RuntimeException(408, "the request body arrived too slowly"), true);
                var reader = waiting.getAndSet(null);
                if (reader != null) {
                    reader.run();
                }
                return;
            }
            check = scheduler.schedule(this::check, CHECK_EVERY);
        }

        void finish() {
            finished = true;
            var task = check;
            if (task != null) {
                task.cancel();
            }
        }
    }
}
