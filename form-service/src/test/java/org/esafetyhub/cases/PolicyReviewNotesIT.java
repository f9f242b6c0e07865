package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where current guidance differs from the trust's policy (CEOP's remit in 5.6, searching phones in 9.1), the trust's
 * words stay and a review note stands beside them: on the policy page, on the case checklist and in the Principal's
 * and officer's "Clauses to review".
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class PolicyReviewNotesIT {

    private static final String RIVERSIDE = "riverside-primary";

    @Test
    void the_policy_page_keeps_the_trusts_words_and_shows_each_review_note_beside_its_clause(Stack stack) throws Exception {
        var page = Jsoup.parse(Files.readString(stack.site().resolve("policy/index.html")));

        var ceop = page.select("#clause-5\\.6").text();
        assertThat(ceop).contains("Pass all of the evidence to CEOP")
                .contains("Current guidance differs from 5.6", "cannot act on bullying, fake accounts or hacked accounts", "UKCIS");
        var search = page.select("#clause-9\\.1 + .review-note").text();
        assertThat(page.select("#clause-9\\.1").text()).contains("staff are not permitted to search through what is stored on a phone");
        assertThat(search).contains("Current guidance differs from 9.1", "Searching, screening and confiscation", "Checked on 7 December 2026");
    }

    @Test
    void a_case_triaged_under_section_5_shows_the_ceop_review_note_on_action_5_6_only(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var reference = new ReportsForTests(stack).report(RIVERSIDE, "Threatening posts about a teacher");
        assertThat(dsl.postWithCsrf("/staff/", "/staff/cases/" + reference + "/triage", Map.of("sections", "5")).statusCode()).isEqualTo(302);

        var body = dsl.get("/staff/cases/" + reference).body();
        var page = Jsoup.parse(body);

        assertThat(page.select("#action-5-6 .review-note").text()).contains("CEOP takes reports of sexual abuse, grooming and exploitation",
                "not anonymous", "Never copy, forward, print or store");
        assertThat(page.select(".review-note")).hasSize(1);
        assertThat(HtmlChecker.errors(body)).isEmpty();
    }

    @Test
    void the_reviews_page_lists_every_clause_to_review_with_its_source_and_a_link_to_the_clause(Stack stack) throws Exception {
        var page = Jsoup.parse(StaffClient.signedIn(stack, Role.OFFICER, null).get("/staff/reviews").body());

        var clauses = page.select("ul.clauses-to-review > li");
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0).select("a").attr("href")).isEqualTo("/policy/#clause-5.6");
        assertThat(clauses.get(1).select("a").attr("href")).isEqualTo("/policy/#clause-9.1");
        assertThat(clauses.get(1).text()).contains("DfE, Searching, screening and confiscation", "2026-12-07");
    }
}
