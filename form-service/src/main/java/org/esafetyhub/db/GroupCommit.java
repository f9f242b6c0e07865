package org.esafetyhub.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * One writer thread with one connection: request threads hand it their rows and wait; it takes
 * every row waiting (up to {@value #MAX_BATCH}), writes them in one transaction, commits once and
 * only then lets each request go on. So a request that was answered is a committed row, and many
 * requests share the cost of one commit (SQLite takes one writer at a time; PostgreSQL also gains
 * from fewer commits). A batch that fails is written again item by item, so that one bad row fails
 * only its own request.
 */
public final class GroupCommit<T> {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 1_000;

    private record Job<T>(T item, CompletableFuture<Void> committed) {
    }

    private final BlockingQueue<Job<T>> queue = new LinkedBlockingQueue<>();
    private final BiConsumer<Handle, List<T>> writeBatch;
    private final Jdbi jdbi;
    private final Thread thread;
    private boolean closed;

    private GroupCommit(String name, Jdbi jdbi, BiConsumer<Handle, List<T>> writeBatch) {
        this.jdbi = jdbi;
        this.writeBatch = writeBatch;
        this.thread = new Thread(this::run, "group-commit-" + name);
    }

    static <T> GroupCommit<T> start(String name, Jdbi jdbi, BiConsumer<Handle, List<T>> writeBatch) {
        var writer = new GroupCommit<>(name, jdbi, writeBatch);
        writer.thread.start();
        return writer;
    }

    /** Writes the item and returns once it is committed; throws what writing it threw. */
    public void write(T item) {
        try {
            submit(item).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Hands the item to the writer: the future completes once it is committed. */
    public CompletableFuture<Void> submit(T item) {
        var job = new Job<>(item, new CompletableFuture<Void>());
        synchronized (this) {
            if (closed) {
                job.committed().completeExceptionally(new IllegalStateException("the database is closing"));
                return job.committed();
            }
            queue.add(job);
        }
        return job.committed();
    }

    /** Refuses new items, writes those already handed over, and stops the writer. */
    void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (var handle = jdbi.open()) {
            var batch = new ArrayList<Job<T>>();
            while (true) {
                var first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    synchronized (this) {
                        if (closed && queue.isEmpty()) {
                            return;
                        }
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(handle, batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("group commit {} stopped: its connection failed", thread.getName(), e);
        } finally {
            failWaiting();
        }
    }

    private void commit(Handle handle, List<Job<T>> batch) {
        try {
            handle.useTransaction(h -> writeBatch.accept(h, batch.stream().map(Job::item).toList()));
            batch.forEach(job -> job.committed().complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(e);
                return;
            }
            for (var job : batch) {
                commit(handle, List.of(job));
            }
        }
    }

    private void failWaiting() {
        synchronized (this) {
            closed = true;
        }
        var left = new ArrayList<Job<T>>();
        queue.drainTo(left);
        left.forEach(job -> job.committed().completeExceptionally(new IllegalStateException("the database closed")));
    }
}
