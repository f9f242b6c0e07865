package org.esafetyhub.account;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.app.App;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two service nodes on one database (this run's engine): a staff session belongs to the database, not to a node. */
@Tag("both-engines")
class SessionsAcrossNodesIT {

    @TempDir
    Path folder;

    private DatabaseAddress database;
    private App nodeA;
    private App nodeB;

    @BeforeEach
    void twoNodes() {
        database = TestDatabase.fresh(folder);
        nodeA = node();
        nodeB = node();
    }

    private App node() {
        var root = Stack.root();
        return App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), database, TrustFile.load(root.resolve("config/trust.yaml")),
                Clock.systemUTC(), Duration.ofSeconds(30), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
    }

    @AfterEach
    void stop() {
        nodeA.stop();
        nodeB.stop();
    }

    private HttpResponse<String> onNodeB(StaffClient staff, String path) throws Exception {
        return staff.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + nodeB.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_sign_in_on_one_node_holds_on_the_other_and_a_sign_out_on_one_ends_it_on_both() throws Exception {
        var teacher = StaffClient.signedIn(new StaffClient.Service(database.toString(),
                path -> URI.create("http://localhost:" + nodeA.port() + path)), Role.TEACHER, "riverside-primary");

        assertThat(onNodeB(teacher, "/staff/").statusCode()).isEqualTo(200);
        assertThat(teacher.postWithCsrf("/staff/", "/staff/sign-out", Map.of()).statusCode()).isEqualTo(302);
        assertThat(teacher.get("/staff/").statusCode()).isEqualTo(302);
        assertThat(onNodeB(teacher, "/staff/").statusCode()).isEqualTo(302);
    }
}
