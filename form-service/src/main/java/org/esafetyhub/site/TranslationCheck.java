package org.esafetyhub.site;

import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.esafetyhub.crypto.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the translations before a bake (docs/authoring.md, "Languages"): each sits beside an English file, names a
 * language of {@code data/languages.yaml}, says when it was made ({@code translated=}) and from which English text
 * ({@code englishHash=}, the SHA-256 of the English file's bytes), and fails the bake once the English file has
 * changed since, naming both files. Every language's template words must have exactly the keys of English.
 */
final class TranslationCheck {

    static final String TRANSLATED = "translated";
    static final String ENGLISH_HASH = "englishHash";
    static final String CHECKED_BY = "checkedBy";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Languages languages;
    private final Messages messages;

    /** @param root the site's root, which the English file names ({@code content/…}) are under */
    TranslationCheck(Path root, Languages languages, Messages messages) {
        this.root = root;
        this.languages = languages;
        this.messages = messages;
    }

    List<BakeProblem> check(List<SourcePage> pages) {
        var problems = new ArrayList<BakeProblem>();
        messages.keyProblems().forEach(problem -> problems.add(new BakeProblem(problem.substring(0, problem.indexOf(' ')), 0,
                problem.substring(problem.indexOf(' ') + 1))));
        for (var page : pages) {
            if (page.isTranslation()) {
                problems.addAll(checkTranslation(page));
            } else {
                problems.addAll(checkName(page));
            }
        }
        return problems;
    }

    /** An English-looking page whose name ends in a language code: a translation into a language the site does not have. */
    private List<BakeProblem> checkName(SourcePage page) {
        var withoutExtension = page.relativeName().substring(0, page.relativeName().lastIndexOf('.'));
        return Translated.codeOf(withoutExtension).map(code -> List.of(new BakeProblem(page.relativeName(), 0, (code.equals("en")
                ? "English pages have no language code in their name: rename it without .en"
                : "\"" + code + "\" is not a language of " + Languages.SHOWN_NAME + " (" + codes()
                + "): add the language there, or correct the code in the file's name")))).orElse(List.of());
    }

    private List<BakeProblem> checkTranslation(SourcePage page) {
        var name = page.relativeName();
        var problems = new ArrayList<BakeProblem>();
        var english = root.resolve(page.english());
        if (!Files.isRegularFile(english)) {
            problems.add(new BakeProblem(name, 0, "is a translation of " + page.english()
                    + ", which does not exist: a translation sits beside its English page, with the same name and the language's code"));
            return problems;
        }
        if (!messages.has(page.language())) {
            var language = languages.byCode(page.language()).orElseThrow();
            problems.add(new BakeProblem(name, 0, "is in " + language.name() + " (" + language.code() + "), which has no template words: add "
                    + Messages.shownName(language.code()) + " with every key of " + Messages.shownName("en")));
        }
        var header = FrontMatter.parse(name, ContentCheck.read(page.file()));
        if (header.separatorLine() == 0) {
            return problems;
        }
        var translated = header.get(TRANSLATED).filter(entry -> !entry.value().isEmpty());
        if (translated.isEmpty()) {
            problems.add(new BakeProblem(name, header.separatorLine(), "header has no " + TRANSLATED
                    + "= (the day the translation was made, such as " + TRANSLATED + "=2026-12-07)"));
        }
        var hash = header.get(ENGLISH_HASH).filter(entry -> !entry.value().isEmpty());
        var now = Sha256.hex(read(english));
        if (hash.isEmpty()) {
            problems.add(new BakeProblem(name, header.separatorLine(), "header has no " + ENGLISH_HASH + "= (the SHA-256 of "
                    + page.english() + " that was translated; for the file as it is now: " + ENGLISH_HASH + "=" + now + ")"));
        } else if (!SHA256.matcher(hash.get().value().toLowerCase(Locale.ROOT)).matches()) {
            problems.add(new BakeProblem(name, hash.get().line(), ENGLISH_HASH + " \"" + hash.get().value()
                    + "\" is not a SHA-256 (64 hexadecimal characters, as sha256sum " + page.english() + " prints)"));
        } else if (!hash.get().value().toLowerCase(Locale.ROOT).equals(now)) {
            problems.add(new BakeProblem(name, hash.get().line(), "was translated from an older " + page.english()
                    + ": the English page has changed since" + translated.map(t -> " " + t.value()).orElse("")
                    + ". Bring the translation up to date with it (git log -p " + page.english() + " shows what changed), then set "
                    + ENGLISH_HASH + "=" + now + " and checkedBy= empty until a fluent speaker has checked it again"));
        }
        return problems;
    }

    private String codes() {
        return languages.all().stream().map(language -> language.code()).collect(Collectors.joining(", "));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
