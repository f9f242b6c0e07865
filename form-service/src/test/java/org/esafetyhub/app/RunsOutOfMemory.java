package org.esafetyhub.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Run by {@link OutOfMemoryIT} in a JVM of its own: a worker thread runs out of memory while the main thread waits,
 * as Jetty's threads wait while the log's thread dies. With the argument {@code as-shipped} it first does what the
 * jar's {@code main} does.
 */
final class RunsOutOfMemory {

    private RunsOutOfMemory() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("as-shipped")) {
            OutOfMemory.endsTheProcess();
        }
        var worker = new Thread(() -> {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }, "hoarder");
        worker.start();
        worker.join();
        System.out.println("the worker died and this process goes on");
        new CountDownLatch(1).await();
    }
}
