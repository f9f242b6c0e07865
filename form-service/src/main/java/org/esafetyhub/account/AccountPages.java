package org.esafetyhub.account;

import org.esafetyhub.site.PageRenderer;

import java.util.HashMap;
import java.util.Map;

/** The pages of signing in: sign in, two-factor, set a password. */
public final class AccountPages {

    private final PageRenderer renderer;
    private final Map<String, String> academyNames;

    public AccountPages(PageRenderer renderer, Map<String, String> academyNames) {
        this.renderer = renderer;
        this.academyNames = academyNames;
    }

    String signIn(String email, String problem) {
        return renderer.render("staff/sign-in.ftl", "/staff/sign-in", "Sign in", Map.of("email", email, "problem", problem));
    }

    String setPassword(String token, boolean firstAdmin, Map<String, String> form, Map<String, String> errors) {
        return renderer.render("staff/set-password.ftl", "/staff/set-password/", "Set your password", Map.of(
                "token", token, "firstAdmin", firstAdmin, "form", form, "errors", errors, "minLength", Passwords.MIN_LENGTH));
    }

    String twoFactor(StaffSessions.SignedIn staff, Map<String, Object> page, String problem) {
        var values = new HashMap<String, Object>(page);
        values.put("staff", staffModel(staff, academyNames));
        values.put("problem", problem);
        return renderer.render("staff/two-factor.ftl", "/staff/two-factor", "Two-factor sign-in", values);
    }

    /** The signed-in member of staff as every staff page's header shows them: what they may open, and the form token. */
    public static Map<String, Object> staffModel(StaffSessions.SignedIn staff, Map<String, String> academyNames) {
        var account = staff.account();
        return Map.of("name", account.name(), "role", account.role().label, "seesCases", account.role().seesCases,
                "hasAcademy", account.academySlug() != null,
                "seesAudit", account.role().readsTrail(), "seesResults", account.role().seesResults(),
                "seesReviews", account.role().leadsReviews(),
                "academy", account.academySlug() == null ? "All academies" : academyNames.getOrDefault(account.academySlug(), ""),
                "csrf", staff.csrfToken());
    }
}
