package org.esafetyhub.app;

import org.esafetyhub.testing.ServiceProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load {@link TwoNodesIT} puts on two nodes: threads that send one kind of request each, to node A
 * and node B in turn, and to B alone once A is killed; what each node acknowledged (2xx or the redirect
 * after a staff form), and every failure that was not a request cut short by the kill.
 */
final class TwoNodesLoad {

    enum Kind { QUIZ_ATTEMPT, REPORT, FOLLOW_UP, STAFF_MESSAGE, STAFF_NOTE }

    /** Sends one request of a kind to the node, and records what it acknowledged. */
    interface Request {
        void send(ServiceProcess node) throws Exception;
    }

    private final ServiceProcess nodeA;
    private final ServiceProcess nodeB;
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final Map<Kind, Set<String>> acknowledged = new EnumMap<>(Kind.class);
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    TwoNodesLoad(ServiceProcess nodeA, ServiceProcess nodeB) {
        this.nodeA = nodeA;
        this.nodeB = nodeB;
        for (var kind : Kind.values()) {
            acknowledged.put(kind, ConcurrentHashMap.newKeySet());
        }
    }

    void start(String name, int count, Request request) {
        for (int t = 0; t < count; t++) {
            var thread = new Thread(() -> {
                int sent = 0;
                while (!stopped.get()) {
                    var node = sent++ % 2 == 0 && !killed.get() ? nodeA : nodeB;
                    try {
                        request.send(node);
                    } catch (Exception e) {
                        failed(node, name + " on " + label(node) + ": " + e);
                    }
                }
            }, name + "-" + t);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** From now on every request goes to node B, and those cut short on node A are not failures. */
    void killingA() {
        killed.set(true);
    }

    void stop() throws InterruptedException {
        stopped.set(true);
        for (var thread : threads) {
            thread.join(30_000);
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not end");
            }
        }
    }

    /** True when the node answered with the expected status; otherwise a failure unless node A was being killed. */
    boolean answered(ServiceProcess node, HttpResponse<String> response, int status) {
        if (response.statusCode() == status) {
            return true;
        }
        failed(node, response.statusCode() + " from " + label(node) + " for " + response.uri().getPath() + ": "
                + response.body().substring(0, Math.min(300, response.body().length())));
        return false;
    }

    void acknowledged(Kind kind, ServiceProcess node, String id) {
        acknowledged.get(kind).add(id);
        counts.computeIfAbsent(kind + " " + label(node), k -> new AtomicInteger()).incrementAndGet();
    }

    Set<String> acknowledged(Kind kind) {
        return Set.copyOf(acknowledged.get(kind));
    }

    /** How many of a kind the node acknowledged: "A", "B" (while A lived) or "B after the kill". */
    int count(Kind kind, String node) {
        var count = counts.get(kind + " " + node);
        return count == null ? 0 : count.get();
    }

    /** True when every kind has at least the given number acknowledged by each of the nodes named. */
    boolean eachKindAtLeast(int attempts, int others, String... nodes) {
        for (var kind : Kind.values()) {
            for (var node : nodes) {
                if (count(kind, node) < (kind == Kind.QUIZ_ATTEMPT ? attempts : others)) {
                    return false;
                }
            }
        }
        return true;
    }

    Map<String, Integer> figures() {
        var figures = new TreeMap<String, Integer>();
        counts.forEach((key, count) -> figures.put(key, count.get()));
        return figures;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    private String label(ServiceProcess node) {
        return node == nodeA ? "A" : killed.get() ? "B after the kill" : "B";
    }

    private void failed(ServiceProcess node, String what) {
        if (!(node == nodeA && killed.get())) {
            failures.add(what);
        }
    }
}
