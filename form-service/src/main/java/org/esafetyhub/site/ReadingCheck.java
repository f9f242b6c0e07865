package org.esafetyhub.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fails the bake on a page whose prose, as baked, reads above its ceiling (see {@link ReadingCeiling}): every content
 * page, and the home page, which is for everyone.
 */
final class ReadingCheck {

    /** The home page has no content file: the bake renders it from this template, for everyone. */
    static final String HOME_TEMPLATE = "templates/index.ftl";
    private static final String HOME_OUTPUT = "index.html";

    private ReadingCheck() {
    }

    /** Every baked content page's grade and ceiling, by content file. */
    static List<PageReading> readings(List<SourcePage> pages, List<BakedPage> baked) {
        var bakedByOutput = baked.stream().collect(Collectors.toMap(BakedPage::output, Function.identity()));
        var readings = new ArrayList<PageReading>();
        for (var page : pages) {
            if (page.isTranslation()) {
                continue; // Flesch-Kincaid grades English only
            }
            var grade = bakedByOutput.containsKey(page.outputFile()) ? bakedByOutput.get(page.outputFile()).reading() : null;
            if (grade == null || grade.isEmpty()) {
                continue;
            }
            var ceiling = ReadingCeiling.of(FrontMatter.parse(page.relativeName(), ContentCheck.read(page.file())));
            readings.add(new PageReading(page.relativeName(), page.url(), ceiling.audience(), grade.get(), ceiling.ceiling()));
        }
        var home = bakedByOutput.get(HOME_OUTPUT);
        if (home != null && home.reading().isPresent() && pages.stream().noneMatch(page -> page.outputFile().equals(HOME_OUTPUT))) {
            var ceiling = ReadingCeiling.forEveryone();
            readings.add(0, new PageReading(HOME_TEMPLATE, "/", ceiling.audience(), home.reading().get(), ceiling.ceiling()));
        }
        return readings;
    }

    static List<BakeProblem> problems(List<PageReading> readings) {
        return readings.stream().filter(PageReading::fails).map(page -> new BakeProblem(page.file(), 0, String.format(Locale.ROOT,
                "reads at grade %.1f, over its ceiling of %d for %s: write shorter sentences and shorter words "
                        + "(its longest sentence has %d words: \"%s\"; see docs/authoring.md, Reading age)",
                page.reading().rounded(), page.ceiling().getAsInt(), ReadingCeiling.described(page.audience()), page.reading().longestWords(),
                page.reading().longestSentence()))).toList();
    }
}
