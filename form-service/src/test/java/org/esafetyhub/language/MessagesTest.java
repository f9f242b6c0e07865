package org.esafetyhub.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped languages and template words (data/languages.yaml, data/messages/*.yaml), as the bake and the service read them. */
class MessagesTest {

    private static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void every_messages_file_has_exactly_the_keys_of_english() throws IOException {
        var languages = Languages.forSite(PROJECT);
        var messages = Messages.forSite(PROJECT, languages);

        assertThat(messages.keyProblems()).isEmpty();
        // a file for a language data/languages.yaml does not list would be read by nobody
        try (Stream<Path> files = Files.list(PROJECT.resolve(Messages.FOLDER))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".yaml", "")))
                    .allSatisfy(code -> assertThat(languages.byCode(code)).as(code + ".yaml's language").isPresent());
        }
    }

    @Test
    void every_translated_message_keeps_the_placeholders_of_its_english() {
        var languages = Languages.forSite(PROJECT);
        var messages = Messages.forSite(PROJECT, languages);
        var english = messages.of("en");
        var wrong = new TreeMap<String, String>();
        for (var language : languages.all()) {
            if (!messages.has(language.code())) {
                continue;
            }
            messages.of(language.code()).forEach((key, text) -> {
                if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.get(key)))) {
                    wrong.put(language.code() + " " + key, text);
                }
            });
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void the_packaged_files_are_the_ones_under_data_and_english_comes_first() {
        var packaged = Languages.loadPackaged();

        assertThat(packaged.all()).isEqualTo(Languages.forSite(PROJECT).all());
        assertThat(packaged.english().htmlLang()).isEqualTo("en-GB");
        assertThat(Messages.loadPackaged(packaged).text("en", "footer.meta", "Riverside Learning Trust"))
                .isEqualTo("eSafety Hub for Riverside Learning Trust. This site sets no tracking cookies and uses no analytics.");
        assertThat(packaged.byCode("ur")).hasValueSatisfying(urdu -> assertThat(urdu.rightToLeft()).isTrue());
    }

    @Test
    void english_lists_every_word_the_report_path_must_show() {
        Map<String, String> english = Messages.forSite(PROJECT, Languages.forSite(PROJECT)).of("en");

        assertThat(english).containsKeys("header.quickExit", "header.quickExitHint", "translation.uncheckedLink",
                "languages.label", "report.start.heading", "report.form.button", "report.error.danger", "report.receipt.codeTitle",
                "followUp.title", "agreement.sign.button", "error404.title");
        assertThat(english.get("translation.uncheckedLink")).isEqualTo("the English page, which is the one that counts");
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
