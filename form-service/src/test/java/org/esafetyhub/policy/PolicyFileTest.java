package org.esafetyhub.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyFileTest {

    private static final Path SHIPPED = Path.of(System.getProperty("hub.root", "..")).resolve("data/policy.yaml");

    @TempDir
    Path folder;

    @Test
    void the_shipped_policy_holds_all_17_required_actions_of_sections_4_and_5_each_with_label_and_who() {
        var actions = PolicyFile.load(SHIPPED).requiredActions();

        assertThat(actions).extracting(Policy.Action::number).containsExactly(
                "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9",
                "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8");
        assertThat(actions).allSatisfy(action -> {
            assertThat(action.label()).isNotBlank().hasSizeLessThan(60);
            assertThat(action.who()).isNotBlank();
        });
    }

    @Test
    void the_shipped_policy_keeps_all_eleven_sections_in_order() {
        assertThat(PolicyFile.load(SHIPPED).sections()).extracting(Policy.Section::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    @Test
    void an_action_without_who_and_a_repeated_number_are_named() throws Exception {
        var broken = Files.readString(SHIPPED)
                .replaceFirst("who: DSL\n", "who: \"\"\n")
                .replace("number: \"4.9\"", "number: \"4.8\"");
        var file = Files.writeString(folder.resolve("policy.yaml"), broken);

        assertThatThrownBy(() -> PolicyFile.load(file))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("needs a label, a text and who usually does it")
                .hasMessageContaining("4.8 is numbered twice");
    }

    @Test
    void the_shipped_policy_marks_the_clauses_current_guidance_differs_from_each_with_its_source_and_date() {
        var notes = PolicyFile.load(SHIPPED).reviewNotes();

        assertThat(notes).containsOnlyKeys("5.6", "9.1");
        assertThat(notes.values()).allSatisfy(note -> {
            assertThat(note.says()).isNotBlank();
            assertThat(note.source()).isNotBlank();
            assertThat(note.checked()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void a_review_note_without_its_source_or_with_a_bad_date_is_named() throws Exception {
        var broken = Files.readString(SHIPPED)
                .replaceFirst("          source: \"CEOP[^\n]*\n", "")
                .replaceFirst("(source: \"DfE[^\n]*\n\\s*checked: )\"2026-12-07\"", "$1\"last week\"");
        var file = Files.writeString(folder.resolve("policy.yaml"), broken);

        assertThatThrownBy(() -> PolicyFile.load(file))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("5.6: reviewNote needs says, source and checked")
                .hasMessageContaining("9.1: reviewNote checked \"last week\" is not a date");
    }

    @Test
    void every_section_of_the_shipped_policy_has_a_summary_in_plain_words_and_a_section_without_one_is_named() throws Exception {
        assertThat(PolicyFile.load(SHIPPED).sections()).allSatisfy(section -> assertThat(section.summary()).isNotEmpty());

        var broken = Files.readString(SHIPPED).replaceFirst("(?s)(title: Context\n)    summary:\n(      - [^\n]*\n)+", "$1");
        var file = Files.writeString(folder.resolve("policy.yaml"), broken);

        assertThatThrownBy(() -> PolicyFile.load(file))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("section 2 needs a summary: what it says in plain words");
    }
}
