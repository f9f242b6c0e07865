package org.esafetyhub.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * SQLite's transactions, one at a time and first come, first served. SQLite lets one connection write
 * at a time (our transactions begin IMMEDIATE, taking the write lock at once), and a connection that
 * finds it taken polls, sleeping longer each time, until its busy timeout: a writer that takes the lock
 * again the moment it lets go, such as the group commit under a burst of quiz attempts, kept a report
 * polling past the timeout, and it failed with SQLITE_BUSY. Here the transactions of this process queue
 * on one fair lock instead, so each waits only for those before it, and so do single writes outside a
 * transaction ({@link #singleWrites()}). Other processes on the same file (a backup, a purge) still meet
 * SQLite's busy timeout.
 */
final class SerialWrites extends DelegatingTransactionHandler {

    private static final Pattern WRITE = Pattern.compile("\\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The statement's attribute that says whether it holds the lock. */
    private static final String HELD = SerialWrites.class.getName() + ".held";

    private final ReentrantLock lock = new ReentrantLock(true);

    SerialWrites() {
        super(LocalTransactionHandler.binding());
    }

    /** Jdbi asks once a handle: the handle's transactions then go through {@link OneHandle}. */
    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new OneHandle(getDelegate().specialize(handle), lock);
    }

    /**
     * A write outside a transaction (it commits as it runs) takes the same turn while it runs: released once
     * it has run, or when its statement closes if it failed.
     */
    StatementCustomizer singleWrites() {
        return new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
                if (context.getConnection().getAutoCommit() && WRITE.matcher(context.getRenderedSql()).lookingAt()) {
                    lock.lock();
                    var held = new AtomicBoolean(true);
                    context.addCleanable(() -> release(held));
                    context.define(HELD, held);
                }
            }

            @Override
            public void afterExecution(PreparedStatement statement, StatementContext context) {
                if (context.getAttribute(HELD) instanceof AtomicBoolean held) {
                    release(held);
                }
            }
        };
    }

    private void release(AtomicBoolean held) {
        if (held.getAndSet(false)) {
            lock.unlock();
        }
    }

    /** Holds the lock from a handle's begin to its commit or rollback (Jdbi's inTransaction calls both). */
    private static final class OneHandle extends DelegatingTransactionHandler {

        private final ReentrantLock lock;
        private boolean holding;

        OneHandle(TransactionHandler local, ReentrantLock lock) {
            super(local);
            this.lock = lock;
        }

        @Override
        public void begin(Handle handle) {
            if (!holding) {
                lock.lock();
                holding = true;
            }
            try {
                super.begin(handle);
            } catch (RuntimeException e) {
                release();
                throw e;
            }
        }

        @Override
        public void commit(Handle handle) {
            try {
                super.commit(handle);
            } finally {
                release();
            }
        }

        @Override
        public void rollback(Handle handle) {
            try {
                super.rollback(handle);
            } finally {
                release();
            }
        }

        private void release() {
            if (holding) {
                holding = false;
                lock.unlock();
            }
        }
    }
}
