package org.esafetyhub.staff;

import org.esafetyhub.account.AccountPages;
import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The staff area's pages in the site's layout: each with the signed-in member's header and the academies' names. */
public final class StaffPages {

    private final PageRenderer renderer;
    private final StaffHome home;
    private final Map<String, String> academyNames = new LinkedHashMap<>();

    public StaffPages(PageRenderer renderer, Trust trust, StaffHome home) {
        this.renderer = renderer;
        this.home = home;
        trust.academies().forEach(a -> academyNames.put(a.slug(), a.name()));
    }

    public Map<String, String> academyNames() {
        return academyNames;
    }

    public Map<String, Object> staffModel(StaffSessions.SignedIn staff) {
        return AccountPages.staffModel(staff, academyNames);
    }

    /** What the staff home shows besides its cases. */
    public Map<String, Object> home(StaffAccount account) {
        return home.of(account);
    }

    /** A staff page: {@code values} plus the member's header ("staff") and the academies' names ("academyNames"). */
    public String render(String template, String url, String title, StaffSessions.SignedIn staff, Map<String, ?> values) {
        var model = new HashMap<String, Object>(values);
        model.put("staff", staffModel(staff));
        model.put("academyNames", academyNames);
        return renderer.render(template, url, title, model);
    }

    /** A page with no member's header (the evidence bundle's printable summary). */
    public String render(String template, String url, String title, Map<String, ?> values) {
        var model = new HashMap<String, Object>(values);
        model.put("academyNames", academyNames);
        return renderer.render(template, url, title, model);
    }
}
