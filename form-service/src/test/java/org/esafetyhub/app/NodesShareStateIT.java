package org.esafetyhub.app;

import org.junit.jupiter.api.Tag;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.db.Database;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.limits.RateLimits;
import org.esafetyhub.mail.OutboxStore;
import org.esafetyhub.mail.OutboxWorker;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.Smtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What nodes sharing one database must never get wrong, with two "nodes" (each its own connection
 * pool and workers) on this run's engine: the outbox sends each mail once, the audit trail stays one
 * chain, and a rate limit counts every node's requests without storing the address.
 */
@Tag("both-engines")
class NodesShareStateIT {

    @TempDir
    java.nio.file.Path folder;

    private DatabaseAddress address;
    private Database nodeA;
    private Database nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() {
        address = TestDatabase.fresh(folder);
        nodeA = Database.open(address, Map.of());
        nodeB = Database.open(address, Map.of());
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void two_outbox_workers_send_each_of_120_mails_exactly_once() throws Exception {
        var mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            var store = nodeA.jdbi().onDemand(OutboxStore.class);
            for (int i = 0; i < 120; i++) {
                store.enqueue("dsl@school.example.org", "Notification " + i, "body " + i);
            }
            var smtp = new Smtp("127.0.0.1", mail.getSmtp().getPort(), "hub@school.example.org", null, false);
            try (var a = OutboxWorker.start(nodeA.jdbi(), smtp, Duration.ofMillis(20), noAlerts -> java.util.Optional.empty());
                 var b = OutboxWorker.start(nodeB.jdbi(), smtp, Duration.ofMillis(20), noAlerts -> java.util.Optional.empty())) {
                assertThat(mail.waitForIncomingEmail(30_000, 120)).isTrue();
                Thread.sleep(500); // a duplicate, if any, would arrive now
            }
            var subjects = Arrays.stream(mail.getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(subjects).hasSize(120).doesNotHaveDuplicates();
            assertThat(unsent()).isZero();
        } finally {
            mail.stop();
        }
    }

    @Test
    void a_claim_left_by_a_dead_node_runs_out_and_another_node_sends_the_mail_but_a_live_claim_is_left_alone() throws Exception {
        var mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            var store = nodeA.jdbi().onDemand(OutboxStore.class);
            store.enqueue("dsl@school.example.org", "Claimed by a node that died", "body");
            store.enqueue("dsl@school.example.org", "Being sent by a live node", "body");
            long now = System.currentTimeMillis();
            nodeA.jdbi().useHandle(h -> {
                h.execute("UPDATE outbox SET claimed_by = 'dead', claimed_until = ? WHERE subject = 'Claimed by a node that died'", now - 1);
                h.execute("UPDATE outbox SET claimed_by = 'live', claimed_until = ? WHERE subject = 'Being sent by a live node'",
                        now + 3_600_000);
            });
            var smtp = new Smtp("127.0.0.1", mail.getSmtp().getPort(), "hub@school.example.org", null, false);
            try (var b = OutboxWorker.start(nodeB.jdbi(), smtp, Duration.ofMillis(20), noAlerts -> java.util.Optional.empty())) {
                assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
                Thread.sleep(300);
            }
            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("Claimed by a node that died");
            assertThat(unsent()).isEqualTo(1);
        } finally {
            mail.stop();
        }
    }

    @Test
    void appends_from_eight_threads_on_two_nodes_make_one_unbroken_chain() throws Exception {
        var nodes = new AuditTrail[] {new AuditTrail(nodeA.jdbi(), Clock.systemUTC()), new AuditTrail(nodeB.jdbi(), Clock.systemUTC())};
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var work = new ArrayList<Callable<Void>>();
        for (int t = 0; t < 8; t++) {
            var trail = nodes[t % 2];
            var reference = "CB-3333-333" + t;
            work.add(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    trail.record(new AuditEntry.Draft("acc-1", "Helen Ward", "h.ward@school.example.org", "riverside-primary",
                            "report-1", reference, AuditEntry.Action.CASE_VIEWED, ""));
                }
                return null;
            });
        }
        var futures = work.stream().map(pool::submit).toList();
        start.countDown();
        for (var future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(nodes[1].verify().summary()).isEqualTo("Audit trail intact: 200 entries");
        assertThat(nodes[0].latest(null, 1000).stream().map(AuditEntry::sequence).toList())
                .hasSize(200).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 200);
    }

    @Test
    void a_rate_limit_counted_in_the_database_holds_across_two_nodes_and_keeps_no_address() {
        var key = "rate-limit-test-key".getBytes(StandardCharsets.UTF_8);
        var onA = RateLimits.inDatabase(nodeA.jdbi(), key, Clock.systemUTC()).limiter("reports", 5, Duration.ofMinutes(10));
        var onB = RateLimits.inDatabase(nodeB.jdbi(), key, Clock.systemUTC()).limiter("reports", 5, Duration.ofMinutes(10));
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += (i % 2 == 0 ? onA : onB).allow("203.0.113.9") ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(5);
        assertThat(onA.hasRoom("203.0.113.9")).isFalse();
        assertThat(onB.allow("198.51.100.7")).isTrue();
        var stored = nodeA.jdbi().withHandle(h -> h.createQuery("SELECT counter_key FROM rate_counter").mapTo(String.class).list());
        assertThat(stored).hasSize(2).allMatch(k -> k.matches("[0-9a-f]{64}"))
                .noneMatch(k -> k.contains("203.0.113.9") || k.contains("198.51.100.7"));
    }

    private int unsent() {
        return nodeA.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE NOT sent").mapTo(Integer.class).one());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
