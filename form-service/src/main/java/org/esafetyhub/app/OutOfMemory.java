package org.esafetyhub.app;

/**
 * An OutOfMemoryError ends the process at once, as {@code -XX:+ExitOnOutOfMemoryError} does (bin/run and the
 * systemd unit pass that flag; {@code java -jar} alone cannot): a JVM that has run out of memory once has lost
 * threads it needs (the log writer, the database checkpoints) and hangs, where a new one under systemd's
 * {@code Restart=on-failure} serves again in seconds (issue 19, finding 1). Written straight to standard error,
 * as the logger's own thread may be one of those lost.
 */
final class OutOfMemory {

    static final int EXIT_STATUS = 3;

    private OutOfMemory() {
    }

    /** From now on, a thread that dies of an OutOfMemoryError ends the process; other failures are printed as before. */
    static void endsTheProcess() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (isOutOfMemory(failure)) {
                halt(failure);
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace(System.err);
        });
    }

    static boolean isOutOfMemory(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static void halt(Throwable failure) {
        try {
            System.err.println("eSafety Hub ran out of memory (" + failure.getMessage() + ") and stops now, to be started again");
            System.err.flush();
        } finally {
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }
}
