package org.esafetyhub.app;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import org.esafetyhub.app.TwoNodesLoad.Kind;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.ServiceProcess;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out (issue 9): two processes of the shipped jar serve one PostgreSQL database, with one mail
 * server and the keys nodes share. Quiz attempts, reports with evidence, reporters' follow-ups and a
 * DSL's messages and notes go to both at once; node A is killed with SIGKILL mid-load and node B carries
 * on. Nothing acknowledged is lost or doubled, either node reads what the other stored, and each
 * notification is sent once. It needs one database server, so only the {@code postgresql} execution runs it.
 */
@EnabledIfSystemProperty(named = TestDatabase.ENGINE_PROPERTY, matches = "postgresql",
        disabledReason = "two service processes share one database server: the postgresql execution runs this")
@Tag("postgresql-only")
class TwoNodesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUIZ = "jokes-that-hurt";
    private static final String ACADEMY = "riverside-primary";
    private static final String ADDED = "Thank you. What you added has been sent to the school.";
    /** Short, so that a claim the killed node held runs out within the test; far longer than a send to a local server. */
    private static final int OUTBOX_CLAIM_SECONDS = 5;
    /**
     * Long enough that each round has several mails to send, one after another, so the two nodes' rounds
     * overlap often: were a claim not to exclude the other node, mails would go twice.
     */
    private static final int OUTBOX_INTERVAL_SECONDS = 3;

    private record Reported(String reference, String code, String alertAddress) {
    }

    @TempDir
    Path folder;

    private final ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(
            () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
    private final List<Reported> reports = new CopyOnWriteArrayList<>();
    private final Set<String> messagedReports = ConcurrentHashMap.newKeySet();
    private final AtomicReference<ServiceProcess> staffNode = new AtomicReference<>();
    private final AtomicInteger staffActions = new AtomicInteger();
    private final AtomicInteger reportsSent = new AtomicInteger();
    private final Map<String, String> laps = new LinkedHashMap<>();
    private long began;
    private TwoNodesLoad load;
    private StaffClient staff;
    private String attempt;

    @Test
    void two_nodes_on_one_postgresql_lose_nothing_double_nothing_and_send_each_notification_once_when_one_is_killed_mid_load()
            throws Exception {
        began = System.nanoTime();
        var mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        var database = TestDatabase.freshPostgres();
        var nodeDatabase = TwoNodes.withoutUser(database);
        var environment = TwoNodes.environment(database, key(), key());
        try (var nodes = TwoNodes.start(nodeDatabase, folder, environment, "--config", trustFile(mail).toString(), "--host",
                "127.0.0.1", "--outbox-interval", Integer.toString(OUTBOX_INTERVAL_SECONDS),
                "--outbox-claim", Integer.toString(OUTBOX_CLAIM_SECONDS))) {
            var nodeA = nodes.a();
            var nodeB = nodes.b();
            var stored = new TwoNodesDatabase(database);
            lap("both nodes serving");
            load = new TwoNodesLoad(nodeA, nodeB);
            attempt = attemptBody(nodeA);
            sendReport(nodeA);
            var madeOnA = reports.get(0);
            sendReport(nodeB);
            assertThat(load.failures()).isEmpty();
            // before the load: a sign-in queued behind it took three times as long on a busy machine
            staffNode.set(nodeA);
            staff = StaffClient.signedIn(new StaffClient.Service(database, path -> staffNode.get().url(path)), Role.DSL, ACADEMY);
            lap("staff signed in on A");
            load.start("quiz", 2, this::sendAttempt);
            load.start("report", 2, this::sendReport);
            load.start("follow-up", 1, this::sendFollowUp);
            load.start("staff", 1, this::staffAction);
            long loaded = System.nanoTime();
            waitUntil(Duration.ofSeconds(40), () -> load.eachKindAtLeast(10, 1, "A", "B") && secondsSince(loaded) >= 3,
                    "each kind acknowledged by both nodes");
            lap("load on both");
            load.killingA();
            assertThat(nodeA.kill()).as("node A ended by SIGKILL (128 + 9)").isEqualTo(137);
            var claimedWhenKilled = stored.claimsHeld();
            long killed = System.nanoTime();
            waitUntil(Duration.ofSeconds(30), () -> load.eachKindAtLeast(5, 1, "B after the kill") && secondsSince(killed) >= 2,
                    "each kind acknowledged by node B after the kill");
            load.stop();
            lap("load on B alone");
            assertThat(load.failures()).as("failures other than requests cut short on the killed node").isEmpty();

            staffNode.set(nodeB);
            assertThat(followUpPage(nodeB, madeOnA)).as("node B's follow-up page for a report made on node A").contains(madeOnA.reference());
            var casePage = staff.get("/staff/cases/" + madeOnA.reference());
            assertThat(casePage.statusCode()).as("node B's case page, with the session node A gave").isEqualTo(200);
            assertThat(casePage.body()).contains(madeOnA.reference());

            assertThat(stored.notOnce(load.acknowledged(Kind.QUIZ_ATTEMPT), "SELECT id FROM quiz_attempt")).isEmpty();
            assertThat(stored.notOnce(load.acknowledged(Kind.REPORT), "SELECT reference FROM report")).isEmpty();
            assertThat(stored.notOnce(load.acknowledged(Kind.REPORT),
                    "SELECT r.reference FROM report r JOIN evidence e ON e.report_id = r.id")).as("one PNG for each report").isEmpty();
            assertThat(stored.notOnce(load.acknowledged(Kind.FOLLOW_UP),
                    "SELECT body FROM report_message WHERE author = 'REPORTER'")).isEmpty();
            assertThat(stored.notOnce(load.acknowledged(Kind.STAFF_MESSAGE),
                    "SELECT body FROM report_message WHERE author = 'STAFF'")).isEmpty();
            assertThat(stored.notOnce(load.acknowledged(Kind.STAFF_NOTE), "SELECT body FROM case_note")).isEmpty();

            // node B sends at most 50 mails a round, a round every few seconds, and the load leaves several hundred
            // (a notification per report, reply alerts): the wait ends as soon as the last one is sent
            waitUntil(Duration.ofSeconds(OUTBOX_CLAIM_SECONDS + OUTBOX_INTERVAL_SECONDS + 85), () -> stored.unsent() == 0,
                    "the outbox sent by node B");
            lap("outbox drained");
            var sent = stored.mails(alertAddresses());
            var received = received(mail);
            assertThat(TwoNodesDatabase.minus(sent, received)).as("notifications never sent").isEmpty();
            var twice = TwoNodesDatabase.minus(received, sent);
            assertThat(twice).as("notifications sent twice, other than one a node was killed while holding")
                    .isSubsetOf(stored.mails(alertAddresses(), claimedWhenKilled)).doesNotHaveDuplicates();
            assertThat(received).filteredOn(m -> m.startsWith("New information")).hasSize(stored.count(
                    "SELECT COUNT(*) FROM report_message WHERE author = 'REPORTER'"));
            var alerts = reports.stream().filter(r -> r.alertAddress() != null && messagedReports.contains(r.reference()))
                    .map(r -> "You have a reply from Riverside Primary Academy -> " + r.alertAddress()).toList();
            assertThat(alerts).as("reply alerts expected").isNotEmpty();
            assertThat(received).as("one reply alert to each reporter who asked and was written to, sealed and opened on any node")
                    .containsAll(alerts);

            var audit = ServiceProcess.run(environment, "audit", "verify", "--db", nodeDatabase);
            assertThat(audit.exit()).as(audit.output()).isZero();
            assertThat(audit.output()).contains("Audit trail intact");
            lap("audit verified");

            System.out.printf("TwoNodesIT: acknowledged %s; %d notifications sent (%d again after the kill); at %s%n",
                    load.figures(), received.size(), twice.size(), laps);
        } finally {
            mail.stop();
        }
    }

    private void sendAttempt(ServiceProcess node) throws Exception {
        var response = send(HttpRequest.newBuilder(node.url("/api/quizzes/" + QUIZ + "/attempts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(attempt)));
        if (load.answered(node, response, 200)) {
            load.acknowledged(Kind.QUIZ_ATTEMPT, node, JSON.readTree(response.body()).get("attemptId").asText());
        }
    }

    /** A report with a PNG; every other one (the first too) asks for a reply alert, to an address of its own. */
    private void sendReport(ServiceProcess node) throws Exception {
        var alert = reportsSent.getAndIncrement() % 2 == 0 ? "reporter-" + UUID.randomUUID() + "@example.org" : null;
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", ACADEMY)
                .field("category", "messages").field("ongoing", "yes").field("description", "Unkind messages in a group chat.")
                .field("replyAlertEmail", alert == null ? "" : alert)
                .file("evidence", "screenshot.png", "image/png", Evidence.png());
        var response = send(HttpRequest.newBuilder(node.url("/api/reports")).header("Content-Type", form.contentType())
                .POST(form.publisher()));
        if (load.answered(node, response, 201)) {
            var receipt = JSON.readTree(response.body());
            reports.add(new Reported(receipt.get("reference").asText(), receipt.get("followUpCode").asText(), alert));
            load.acknowledged(Kind.REPORT, node, receipt.get("reference").asText());
        }
    }

    /** The reporter adds a message on the follow-up page, with their reference and code. */
    private void sendFollowUp(ServiceProcess node) throws Exception {
        var report = any(reports);
        var message = "Follow-up " + UUID.randomUUID();
        var response = send(HttpRequest.newBuilder(node.url("/report/follow-up/add"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("reference", report.reference(), "code", report.code(),
                        "message", message)))));
        if (load.answered(node, response, 200) && response.body().contains(ADDED)) {
            load.acknowledged(Kind.FOLLOW_UP, node, message);
        }
    }

    /** The DSL, signed in once on node A, writes to a reporter who asked for alerts, or adds a note: in turn on each node. */
    private void staffAction(ServiceProcess node) throws Exception {
        staffNode.set(node);
        boolean message = staffActions.getAndIncrement() / 2 % 2 == 0;
        var report = message ? any(reports.stream().filter(r -> r.alertAddress() != null).toList()) : any(reports);
        var text = (message ? "Message " : "Note ") + UUID.randomUUID();
        var page = "/staff/cases/" + report.reference();
        var response = staff.postWithCsrf(page, page + (message ? "/messages" : "/notes"),
                Map.of(message ? "message" : "internal-note", text));
        if (load.answered(node, response, 302)) {
            load.acknowledged(message ? Kind.STAFF_MESSAGE : Kind.STAFF_NOTE, node, text);
            if (message) {
                messagedReports.add(report.reference());
            }
        }
    }

    private String followUpPage(ServiceProcess node, Reported report) throws Exception {
        var response = send(HttpRequest.newBuilder(node.url("/report/follow-up/")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("reference", report.reference(), "code", report.code())))));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return clients.get().send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String attemptBody(ServiceProcess node) throws Exception {
        var quiz = JSON.readTree(send(HttpRequest.newBuilder(node.url("/api/quizzes/" + QUIZ))).body());
        var answers = new LinkedHashMap<String, List<String>>();
        quiz.get("questions").forEach(q -> answers.put(q.get("id").asText(), List.of(q.get("options").get(0).get("id").asText())));
        return JSON.writeValueAsString(Map.of("version", quiz.get("version").asText(), "academy", ACADEMY, "answers", answers));
    }

    /** The repository's trust file with the test's mail server, and allowances raised as a trust could (one client sends it all). */
    private Path trustFile(GreenMail mail) throws Exception {
        var trust = folder.resolve("trust.yaml");
        Files.writeString(trust, Files.readString(Stack.root().resolve("config/trust.yaml"))
                + "\nsmtp:\n  host: 127.0.0.1\n  port: " + mail.getSmtp().getPort() + "\n  from: esafety-hub@riverside-trust.example.org\n  starttls: false\n"
                + "service:\n  reportsPerClient: 1000000\n  followUpsPerClient: 1000000\n");
        return trust;
    }

    private Map<String, String> alertAddresses() {
        var addresses = new LinkedHashMap<String, String>();
        reports.stream().filter(r -> r.alertAddress() != null).forEach(r -> addresses.put(r.reference(), r.alertAddress()));
        return addresses;
    }

    /** Each mail received, as "subject -> recipient". */
    private static List<String> received(GreenMail mail) throws Exception {
        var received = new ArrayList<String>();
        for (var message : mail.getReceivedMessages()) {
            var to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
            received.add(message.getSubject() + " -> " + to.getAddress());
        }
        return received;
    }

    private static <T> T any(List<T> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String key() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private void lap(String what) {
        laps.put(what, String.format("%.1f s", secondsSince(began)));
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private void waitUntil(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what + "; acknowledged " + load.figures()
                        + ", failures " + load.failures());
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
