package org.esafetyhub.account;

import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.StaffClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, finding 4: old set-password links still worked, and so did the old password after a reset. */
@Tag("both-engines")
@ExtendWith(StackExtension.class)
class OldSetPasswordLinksIT {

    private static String resetPassword(Stack stack, String email) {
        var out = new StringWriter();
        int exit = StaffCommand.commandLine().setOut(new PrintWriter(out)).execute("reset-password", "--email", email,
                "--db", stack.db(), "--config", Stack.root().resolve("config/trust.yaml").toString());
        assertThat(exit).isZero();
        var link = out.toString().lines().filter(line -> line.contains("/staff/set-password/")).findFirst().orElseThrow();
        return link.substring(link.indexOf("/staff/"));
    }

    private static Map<String, String> password(String password) {
        return Map.of("password", password, "confirm", password);
    }

    @Test
    void a_reset_link_ends_the_accounts_older_links_and_only_the_newest_sets_a_password(Stack stack) throws Exception {
        var teacher = StaffClient.added(stack, Role.TEACHER, "riverside-primary");
        var first = teacher.link().substring(teacher.link().indexOf("/staff/"));
        var second = resetPassword(stack, teacher.email);

        var withSecond = teacher.postForm(second, password(StaffClient.PASSWORD));
        var withFirst = teacher.postForm(first, password("someone else's password 77 here"));

        assertThat(withSecond.statusCode()).isEqualTo(302);
        assertThat(withFirst.body()).contains("This link has expired or was already used");
        assertThat(teacher.signIn(StaffClient.PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void an_older_link_no_longer_works_even_before_the_newest_is_used(Stack stack) throws Exception {
        var teacher = StaffClient.added(stack, Role.TEACHER, "riverside-primary");
        var first = teacher.link().substring(teacher.link().indexOf("/staff/"));
        resetPassword(stack, teacher.email);

        assertThat(teacher.postForm(first, password(StaffClient.PASSWORD)).body())
                .contains("This link has expired or was already used");
    }

    @Test
    void after_reset_password_the_old_password_stops_signing_in_at_once(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, "riverside-primary");
        var link = resetPassword(stack, teacher.email);

        var oldPassword = teacher.signIn(StaffClient.PASSWORD);
        var newPassword = "a brand new passphrase for 2027";
        var set = teacher.postForm(link, password(newPassword));

        assertThat(oldPassword.statusCode()).isEqualTo(401);
        assertThat(oldPassword.body()).contains("The e-mail address or the password is not right");
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(teacher.signIn(newPassword).statusCode()).isEqualTo(302);
    }
}
