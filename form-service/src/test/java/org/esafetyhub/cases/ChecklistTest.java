package org.esafetyhub.cases;

import org.esafetyhub.policy.PolicyFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checklists triage offers come from the shipped policy: section 4, section 5, or both. */
class ChecklistTest {

    private static final Checklist SHIPPED = new Checklist(PolicyFile.load(
            Path.of(System.getProperty("hub.root", "..")).resolve("data/policy.yaml")));

    @Test
    void triage_offers_the_two_sections_that_list_required_actions() {
        assertThat(SHIPPED.choices()).containsOnlyKeys("4", "5");
        assertThat(SHIPPED.offers("3")).isFalse();
    }

    @Test
    void both_sections_give_all_17_actions_in_policy_order_with_who_usually_does_them() {
        var actions = SHIPPED.actionsOf("case", List.of("5", "4"));

        assertThat(actions).hasSize(17);
        assertThat(actions).extracting(CaseWorkStore.NewAction::number).startsWith("4.1", "4.2").endsWith("5.7", "5.8");
        assertThat(actions).extracting(CaseWorkStore.NewAction::position).isSorted();
        assertThat(actions.get(0).label()).isEqualTo("Advise the child not to respond");
        assertThat(actions.get(0).who()).isEqualTo("Class teacher");
    }

    @Test
    void a_section_added_after_triage_keeps_its_place_in_policy_order() {
        var fifth = SHIPPED.actionsOf("case", List.of("5"));
        var fourth = SHIPPED.actionsOf("case", List.of("4"));

        assertThat(fifth).hasSize(8);
        assertThat(fourth).hasSize(9);
        assertThat(fourth.get(fourth.size() - 1).position()).isLessThan(fifth.get(0).position());
    }

    @Test
    void the_support_plan_is_the_nine_items_of_section_8_placed_after_every_required_action_and_not_offered_at_triage() {
        var support = SHIPPED.supportOf("case");
        var last = SHIPPED.actionsOf("case", List.of("4", "5"));

        assertThat(support).hasSize(9).allMatch(item -> item.section().equals("8"));
        assertThat(support).extracting(CaseWorkStore.NewAction::number).startsWith("8.1.a").endsWith("8.1.i");
        assertThat(support.get(0).label()).isEqualTo("Emotional support and reassurance");
        assertThat(support.get(0).position()).isGreaterThan(last.get(last.size() - 1).position());
        assertThat(SHIPPED.offers("8")).isFalse();
    }
}
