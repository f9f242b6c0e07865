package org.esafetyhub.db;

import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.app.App;
import org.esafetyhub.audit.AuditCommand;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.AttemptsForTests;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.TrustFile;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db copy}: a school's SQLite database, filled through the real service (a report with evidence, a
 * message from staff, a quiz attempt, a staff account), copied into a fresh PostgreSQL database, and served
 * from there with everything intact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseCopyIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MESSAGE = "Thank you for telling us. We have spoken to the class.";

    private Path folder;
    private Path sourceFile;
    private String target;
    private String reference;
    private String followUpCode;
    private List<String> hashesBefore;
    private StaffClient dsl;
    private Copied copied;
    private App app;

    record Copied(int exit, String out, String err) {
    }

    @BeforeAll
    void fill_copy_and_serve_from_postgresql() throws Exception {
        folder = Files.createTempDirectory("esafety-copy-");
        sourceFile = folder.resolve("school.db");
        app = start(DatabaseAddress.sqlite(sourceFile));
        var source = new StaffClient.Service(sourceFile, this::url);
        dsl = StaffClient.signedIn(source, Role.DSL, RIVERSIDE);
        report();
        var sent = dsl.postWithCsrf("/staff/cases/" + reference, "/staff/cases/" + reference + "/messages", Map.of("message", MESSAGE));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        var quiz = AttemptsForTests.quiz(Stack.root().resolve("content"), "jokes-that-hurt");
        AttemptsForTests.post(this::url, quiz, 4, null, "after", RIVERSIDE);
        hashesBefore = hashes(dsl);
        app.stop();

        target = TestDatabase.freshPostgres();
        copied = copy("--from", sourceFile.toString(), "--to", target);
        app = start(DatabaseAddress.postgres(target, folder));
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void the_copy_prints_equal_row_counts_and_an_intact_audit_trail() {
        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("report_message", "evidence", "quiz_attempt", "staff_account")
                .contains("On the target: Audit trail intact").doesNotContain("DIFFERS");
    }

    @Test
    void served_from_postgresql_the_staff_sign_in_the_report_its_evidence_and_the_message_are_intact() throws Exception {
        var again = dsl.on(new StaffClient.Service(target, this::url));
        var signIn = again.signIn(StaffClient.PASSWORD);
        assertThat(signIn.headers().firstValue("Location")).contains("/staff/two-factor");
        var code = again.postWithCsrf("/staff/two-factor", "/staff/two-factor", Map.of("code", again.nextCode()));
        assertThat(code.headers().firstValue("Location")).contains("/staff/");

        assertThat(hashes(again)).hasSizeGreaterThanOrEqualTo(2).isEqualTo(hashesBefore);
        // the evidence, sealed under the key beside the SQLite file, opens on PostgreSQL with the same key
        assertThat(hashesBefore).contains(org.esafetyhub.crypto.Sha256.hex(again.getBytes("/staff/cases/" + reference + "/evidence/1").body()));
        assertThat(followUpPage()).contains(MESSAGE);
    }

    @Test
    void every_table_of_the_source_is_copied_the_quiz_result_intact_and_audit_verify_passes_on_the_target() throws Exception {
        var sourceTables = tables("jdbc:sqlite:" + sourceFile);
        assertThat(tables(target)).isEqualTo(sourceTables);
        var copiedTables = copied.out().lines().skip(1).takeWhile(line -> !line.startsWith("On the target"))
                .map(line -> line.split(" +")[0]).collect(Collectors.toCollection(TreeSet::new));
        sourceTables.remove("flyway_schema_history");
        assertThat(copiedTables).as("the tables db copy printed").isEqualTo(sourceTables);
        var attempts = "SELECT id, quiz_id, academy_slug, score FROM quiz_attempt ORDER BY id";
        assertThat(rows(target, attempts)).hasSize(1).isEqualTo(rows("jdbc:sqlite:" + sourceFile, attempts));

        var out = new StringWriter();
        int exit = AuditCommand.commandLine().setOut(new PrintWriter(out)).execute("verify", "--db", target);
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("Audit trail intact");
    }

    @Test
    void copying_into_a_database_that_holds_data_is_refused_unless_told_to() throws Exception {
        var refused = copy("--from", sourceFile.toString(), "--to", target);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Refusing to copy into " + target, "already holds data", "--into-non-empty");

        // a PostgreSQL database the service has already started on holds the trust's academies
        var started = TestDatabase.freshPostgres();
        start(DatabaseAddress.postgres(started, folder)).stop();
        assertThat(copy("--from", sourceFile.toString(), "--to", started).err()).contains("academy:");
        var told = copy("--from", sourceFile.toString(), "--to", started, "--into-non-empty");
        assertThat(told.exit()).as(told.err()).isZero();
        assertThat(told.out()).contains("Audit trail intact");
    }

    private App start(DatabaseAddress database) {
        var root = Stack.root();
        var trust = TrustFile.load(root.resolve("config/trust.yaml")).withService(new Service(List.of(), 1_000_000, 1_000_000));
        return App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), database, trust, Clock.systemUTC(),
                Duration.ofMillis(200), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    private static Copied copy(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = DbCommand.commandLine(AuditCommand::checkCopy).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(prepend("copy", args));
        return new Copied(exit, out.toString(), err.toString());
    }

    private static String[] prepend(String first, String... rest) {
        var all = new ArrayList<String>();
        all.add(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private void report() throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", RIVERSIDE)
                .field("category", "messages").field("ongoing", "yes").field("description", "Photos of me shared in a chat")
                .file("evidence", "shot.png", "image/png", Evidence.png()).file("evidence", "notes.pdf", "application/pdf", Evidence.pdf());
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var receipt = new ObjectMapper().readTree(response.body());
        reference = receipt.get("reference").asText();
        followUpCode = receipt.get("followUpCode").asText();
    }

    /** The SHA-256 hashes the staff case page's evidence table shows: of each file's original and clean copy. */
    private List<String> hashes(StaffClient staff) throws Exception {
        var page = staff.get("/staff/cases/" + reference);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("table:has(caption:contains(Evidence files)) code.hash").stream().map(Element::text).toList();
    }

    private String followUpPage() throws Exception {
        var body = "reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(followUpCode, StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/report/follow-up/"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Set<String> tables(String jdbcUrl) throws SQLException {
        var names = new TreeSet<String>();
        try (var connection = DriverManager.getConnection(jdbcUrl);
             var tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    private static List<Map<String, Object>> rows(String jdbcUrl, String query) {
        return Jdbi.create(jdbcUrl).withHandle(handle -> handle.createQuery(query).mapToMap().list());
    }
}
