package org.esafetyhub.app;

import org.esafetyhub.testing.ServiceProcess;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Two processes of the shipped jar serving one PostgreSQL database, started together as a deployment would start them. */
record TwoNodes(ServiceProcess a, ServiceProcess b) implements AutoCloseable {

    /**
     * Starts both at once on the empty database (so both migrate it and sync the academies together).
     *
     * @param database a {@code jdbc:postgresql://} URL without credentials; they are in the environment
     */
    static TwoNodes start(String database, Path folder, Map<String, String> environment, String... options) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> ServiceProcess.serve(database, folder.resolve("node-a.log"), environment, options));
            var b = pool.submit(() -> ServiceProcess.serve(database, folder.resolve("node-b.log"), environment, options));
            try {
                return new TwoNodes(a.get(), b.get());
            } catch (ExecutionException e) {
                closeOnceStarted(a);
                closeOnceStarted(b);
                throw e;
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * What every node (and {@code audit verify}) is given: the database user from the test server's URL (as
     * {@code ESAFETY_DB_USER}; the embedded server needs no password) and the keys nodes must share.
     */
    static Map<String, String> environment(String url, String receiptKey, String alertKey) {
        var environment = new HashMap<String, String>();
        parameters(url).entrySet().stream().filter(p -> p.getKey().equals("user"))
                .forEach(p -> environment.put("ESAFETY_DB_USER", p.getValue()));
        environment.put("ESAFETY_RECEIPT_KEY", receiptKey);
        environment.put("ESAFETY_ALERT_KEY", alertKey);
        // every node opens the evidence the others sealed: one evidence key for all
        environment.put("ESAFETY_EVIDENCE_KEY", "ZXZpZGVuY2Uta2V5LWZvci10d28tbm9kZXMtdGVzdHM=");
        // a JVM that starts quickly on a shared machine: the client compiler only, one collector thread
        environment.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return Map.copyOf(environment);
    }

    /** The URL as an operator gives it to {@code --db}: the user is left to the environment. */
    static String withoutUser(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        var kept = Arrays.stream(url.substring(query + 1).split("&")).filter(p -> !p.startsWith("user=")).collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static Map<String, String> parameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? Map.of() : Arrays.stream(url.substring(query + 1).split("&")).filter(p -> p.contains("="))
                .collect(Collectors.toMap(p -> p.substring(0, p.indexOf('=')), p -> p.substring(p.indexOf('=') + 1), (x, y) -> y));
    }

    private static void closeOnceStarted(Future<ServiceProcess> node) {
        try {
            node.get().close();
        } catch (Exception e) {
            // it did not start: nothing to close
        }
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
