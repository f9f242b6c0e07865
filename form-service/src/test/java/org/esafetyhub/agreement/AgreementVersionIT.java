package org.esafetyhub.agreement;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.app.App;
import org.esafetyhub.app.BakedCopy;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.TrustFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accept the staff agreement before anything else, at first sign-in and again after its wording changes;
 * a change to the parents' agreement turns earlier signatures into "signed an older version". A service of its
 * own, on a copy of the project baked again after each edit, as {@code bake} and {@code preview} do.
 */
@Tag("both-engines")
class AgreementVersionIT {

    private static final String RIVERSIDE = "riverside-primary";

    @TempDir
    Path folder;
    private BakedCopy copy;
    private App app;
    private DatabaseAddress database;

    @BeforeEach
    void start() throws Exception {
        copy = BakedCopy.of(Stack.root(), folder.resolve("project"));
        database = TestDatabase.fresh(folder);
        app = App.create(new App.Settings(copy.site(), () -> QuizBank.load(copy.root().resolve("content")), database,
                TrustFile.load(copy.root().resolve("config/trust.yaml")), Clock.systemUTC(), Duration.ofSeconds(30),
                PolicyFile.load(copy.root().resolve("data/policy.yaml")))).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    private StaffClient.Service service() {
        return new StaffClient.Service(database.toString(), this::url);
    }

    private void edit(String file, String from, String to) throws Exception {
        var path = copy.root().resolve("content/agreements/" + file);
        var text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void staff_accept_the_staff_agreement_at_first_sign_in_and_again_when_its_wording_changes() throws Exception {
        var teacher = StaffClient.added(service(), Role.TEACHER, RIVERSIDE);
        var link = teacher.link();
        teacher.postForm(link.substring(link.indexOf("/staff/")), Map.of("password", StaffClient.PASSWORD, "confirm", StaffClient.PASSWORD));
        teacher.signIn(StaffClient.PASSWORD);

        var first = Jsoup.parse(teacher.get("/staff/classes").body());
        var refused = teacher.postWithCsrf("/staff/agreement", "/staff/classes", Map.of("label", "4B"));
        var unticked = teacher.postWithCsrf("/staff/agreement", "/staff/agreement",
                Map.of("version", first.selectFirst("input[name=version]").attr("value")));
        teacher.acceptAgreement();
        var afterAccepting = Jsoup.parse(teacher.get("/staff/classes").body());

        assertThat(first.selectFirst("h1").text()).isEqualTo("Staff Acceptable Use Policy");
        assertThat(first.select("main").text()).contains("read the staff Acceptable Use Policy");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(unticked.statusCode()).isEqualTo(422);
        assertThat(afterAccepting.selectFirst("h1").text()).isEqualTo("Class codes");

        var oldVersion = first.selectFirst("input[name=version]").attr("value");
        edit("staff.md", "sign out of shared computers", "lock or sign out of shared computers");
        copy.bake();
        var again = Jsoup.parse(teacher.get("/staff/classes").body());
        var newVersion = again.selectFirst("input[name=version]").attr("value");
        var stale = teacher.postWithCsrf("/staff/agreement", "/staff/agreement", Map.of("version", oldVersion, "accept", "yes"));
        teacher.acceptAgreement();

        assertThat(again.selectFirst("h1").text()).isEqualTo("Staff Acceptable Use Policy");
        assertThat(newVersion).isNotEqualTo(oldVersion).matches("[0-9a-f]{12}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(teacher.get("/staff/classes").body()).selectFirst("h1").text()).isEqualTo("Class codes");
        assertThat(Files.readString(copy.site().resolve("agreements/staff/index.html"))).contains(newVersion);
    }

    @Test
    void a_change_to_the_parents_agreement_shows_earlier_signatures_as_signed_an_older_version() throws Exception {
        var teacher = StaffClient.signedIn(service(), Role.TEACHER, RIVERSIDE);
        var code = AgreementsForTests.classCode(teacher, "Year 6 Elm");
        AgreementsForTests.sign(this::url, AgreementsForTests.signing(code, "Rosalind Franklin", Map.of()));
        var before = Jsoup.parse(teacher.get("/staff/agreements/classes/" + code).body()).select(".signature-sheet tbody tr").text();
        var oldVersion = Jsoup.parse(teacher.get("/staff/agreements").body()).selectFirst("code.agreement-version").text();

        edit("parents.md", "raise concerns with the school directly", "raise any concern with the school directly");
        copy.bake();
        var openedBefore = AgreementsForTests.sign(this::url, AgreementsForTests.signing(code, "Marie Curie", Map.of("version", oldVersion)));
        AgreementsForTests.sign(this::url, AgreementsForTests.signing(code, "Tim Berners-Lee", Map.of()));
        var sheet = Jsoup.parse(teacher.get("/staff/agreements/classes/" + code).body());
        var classes = Jsoup.parse(teacher.get("/staff/agreements").body()).select(".signature-classes tbody tr").text();

        assertThat(before).contains("Rosalind Franklin", "Signed the current version");
        assertThat(sheet.select(".signature-sheet tbody tr").eachText()).satisfiesExactly(
                row -> assertThat(row).contains("Rosalind Franklin", "Signed an older version"),
                row -> assertThat(row).contains("Tim Berners-Lee", "Signed the current version"));
        assertThat(classes).contains("Year 6 Elm " + code + " 1 1");
        assertThat(openedBefore.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(openedBefore.body()).select(".error-summary").text()).contains("The agreement has changed since you opened this page");
        assertThat(sheet.text()).doesNotContain("Marie Curie");
    }
}
