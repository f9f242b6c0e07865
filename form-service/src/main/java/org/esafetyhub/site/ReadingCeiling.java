package org.esafetyhub.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The highest reading grade a page may have, from its header; above it the bake fails. A pupils' page (audience=pupils,
 * or an ageBand and no audience): a lesson for 7-11 at 5, 11-14 at 7, 14-16 at 9, every other pupils' page at 5.
 * Parents' and public pages (audience=parents or everyone, and the home page): 7. Staff pages have none.
 * readingCeiling=N lowers a ceiling; raising one needs readingCeilingReason=….
 *
 * @param audience who the page is for: pupils, parents, staff, everyone, or empty if its header does not say
 * @param ceiling  its ceiling, if it has one
 */
record ReadingCeiling(String audience, OptionalInt ceiling) {

    static final Set<String> AUDIENCES = Set.of("pupils", "parents", "staff", "everyone");
    static final int PUPILS = 5;
    static final int PUBLIC = 7;
    private static final Pattern AGE_BAND = Pattern.compile("(\\d{1,2})-\\d{1,2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,2}");

    static ReadingCeiling of(FrontMatter header) {
        var audience = audience(header);
        var standard = standard(header, audience);
        var chosen = value(header, "readingCeiling").filter(n -> WHOLE_NUMBER.matcher(n).matches()).map(Integer::parseInt);
        return new ReadingCeiling(audience, chosen.map(OptionalInt::of).orElse(standard));
    }

    /** A page for everyone that has no header of its own, such as the home page. */
    static ReadingCeiling forEveryone() {
        return new ReadingCeiling("everyone", OptionalInt.of(PUBLIC));
    }

    /** What is wrong with the header's audience and reading ceiling. */
    static List<BakeProblem> problems(String name, String url, FrontMatter header) {
        var problems = new ArrayList<BakeProblem>();
        header.get("audience").filter(a -> !AUDIENCES.contains(a.value())).ifPresent(a -> problems.add(new BakeProblem(name,
                a.line(), "audience \"" + a.value() + "\" must be pupils, parents, staff or everyone")));
        if (header.get("audience").isEmpty() && header.get("ageBand").isEmpty()) {
            problems.add(new BakeProblem(name, header.separatorLine(), PageModel.section(url).equals("pupils")
                    ? "a page in the pupils' part of the site must say who it is for, so that its reading grade is checked: "
                    + "add audience=pupils (or ageBand=7-11, 11-14 or 14-16)"
                    : "the header must say who the page is for, so that its reading grade is checked against the right "
                    + "ceiling: add audience=pupils, parents, staff or everyone"));
        }
        header.get("readingCeiling").ifPresent(entry -> {
            if (!WHOLE_NUMBER.matcher(entry.value()).matches()) {
                problems.add(new BakeProblem(name, entry.line(), "readingCeiling \"" + entry.value() + "\" must be a whole number, such as 4"));
                return;
            }
            var standard = standard(header, audience(header));
            int chosen = Integer.parseInt(entry.value());
            if (standard.isPresent() && chosen > standard.getAsInt() && value(header, "readingCeilingReason").isEmpty()) {
                problems.add(new BakeProblem(name, entry.line(), "readingCeiling=" + chosen + " raises this page's ceiling of "
                        + standard.getAsInt() + ": say why in readingCeilingReason=… (and test the page with its readers)"));
            }
        });
        return problems;
    }

    /** Who a page with this audience is for, as a message names it: "a pupils' page", "a parents' page", "a page for everyone". */
    static String described(String audience) {
        return switch (audience) {
            case "pupils" -> "a pupils' page";
            case "parents" -> "a parents' page";
            case "everyone" -> "a page for everyone";
            default -> "this page";
        };
    }

    private static String audience(FrontMatter header) {
        return value(header, "audience").orElse(header.get("ageBand").isPresent() ? "pupils" : "");
    }

    private static OptionalInt standard(FrontMatter header, String audience) {
        return switch (audience) {
            case "pupils" -> OptionalInt.of(value(header, "type").filter("lesson"::equals).flatMap(lesson -> value(header, "ageBand"))
                    .map(AGE_BAND::matcher).filter(java.util.regex.Matcher::matches)
                    .map(band -> ofLesson(Integer.parseInt(band.group(1)))).orElse(PUPILS));
            case "parents", "everyone" -> OptionalInt.of(PUBLIC);
            default -> OptionalInt.empty();
        };
    }

    /** By the youngest age of the band: 7-11 at 5, 11-14 at 7, 14-16 at 9. */
    private static int ofLesson(int youngest) {
        return youngest < 11 ? 5 : youngest < 14 ? 7 : 9;
    }

    private static Optional<String> value(FrontMatter header, String key) {
        return header.get(key).map(FrontMatter.Entry::value).filter(v -> !v.isEmpty());
    }
}
