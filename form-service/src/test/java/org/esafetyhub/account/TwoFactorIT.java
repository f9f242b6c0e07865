package org.esafetyhub.account;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff who see reports enrol in two-factor sign-in and then need a fresh code each time (the trust file requires it). */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class TwoFactorIT {

    @Test
    void a_dsl_must_enrol_with_a_qr_code_before_seeing_cases_and_a_wrong_code_is_refused(Stack stack) throws Exception {
        var dsl = StaffClient.added(stack, Role.DSL, "riverside-primary");
        var link = dsl.link().substring(dsl.link().indexOf("/staff/"));
        dsl.postForm(link, Map.of("password", StaffClient.PASSWORD, "confirm", StaffClient.PASSWORD));

        var signIn = dsl.signIn(StaffClient.PASSWORD);
        var blocked = dsl.get("/staff/");
        var enrolment = dsl.get("/staff/two-factor");
        var secret = Jsoup.parse(enrolment.body()).selectFirst("#totp-secret").text().replace(" ", "");
        var wrong = dsl.postWithCsrf("/staff/two-factor", "/staff/two-factor", Map.of("code", "000000"));
        long step = System.currentTimeMillis() / 1000 / Totp.STEP_SECONDS;
        var right = dsl.postWithCsrf("/staff/two-factor", "/staff/two-factor", Map.of("code", Totp.code(secret, step)));

        assertThat(signIn.headers().firstValue("Location")).hasValue("/staff/two-factor");
        assertThat(blocked.headers().firstValue("Location")).hasValue("/staff/two-factor");
        assertThat(enrolment.body()).contains("<svg class=\"qr\"", "Set up two-factor sign-in");
        assertThat(HtmlChecker.errors(enrolment.body())).isEmpty();
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("That code is not right");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(dsl.get("/staff/").body()).contains("Signed in as");
    }

    @Test
    void a_code_already_used_is_refused_on_the_next_sign_in(Stack stack) throws Exception {
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);
        var again = StaffClient.signInAgain(stack, officer);

        var replay = again.postWithCsrf("/staff/two-factor", "/staff/two-factor", Map.of("code", officer.codeAlreadyUsed()));
        var fresh = again.postWithCsrf("/staff/two-factor", "/staff/two-factor", Map.of("code", officer.nextCode()));

        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(fresh.statusCode()).isEqualTo(302);
    }

    @Test
    void a_teacher_who_sees_no_cases_signs_in_with_a_password_alone(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, "riverside-primary");

        assertThat(teacher.secret()).isNull();
        assertThat(teacher.get("/staff/").body()).contains("Signed in as", "Your role does not give access to cases");
    }
}
