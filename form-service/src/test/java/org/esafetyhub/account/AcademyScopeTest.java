package org.esafetyhub.account;

import io.javalin.http.NotFoundResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule that keeps one academy's cases, results and signatures from another's. */
class AcademyScopeTest {

    private static StaffAccount account(Role role, String academy) {
        return StaffAccount.fresh("id", "someone@example.org", "Someone", role, academy);
    }

    @Test
    void the_trust_officer_sees_every_academy_and_may_narrow_to_one() {
        var scope = AcademyScope.of(account(Role.OFFICER, null));

        assertThat(scope.everyAcademy()).isTrue();
        assertThat(scope.includes("north")).isTrue();
        assertThat(scope.includes(null)).isTrue();
        assertThat(scope.narrowedTo("north")).isEqualTo(AcademyScope.one("north"));
        assertThat(scope.narrowedTo("")).isEqualTo(scope);
        assertThat(scope.academiesOf(List.of("north", "south"))).containsExactly("north", "south");
    }

    @Test
    void academy_staff_see_their_own_academy_whatever_the_address_asks_for() {
        for (var role : List.of(Role.DSL, Role.PRINCIPAL, Role.TEACHER)) {
            var scope = AcademyScope.of(account(role, "north"));

            assertThat(scope.everyAcademy()).isFalse();
            assertThat(scope.includes("north")).isTrue();
            assertThat(scope.includes("south")).isFalse();
            assertThat(scope.includes(null)).isFalse();
            assertThat(scope.narrowedTo("south")).isEqualTo(scope);
            assertThat(scope.academiesOf(List.of("north", "south"))).containsExactly("north");
        }
    }

    @Test
    void an_academy_role_without_an_academy_sees_nothing() {
        assertThatThrownBy(() -> AcademyScope.of(account(Role.DSL, null))).isInstanceOf(NotFoundResponse.class);
    }
}
