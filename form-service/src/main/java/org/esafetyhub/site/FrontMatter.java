package org.esafetyhub.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata header of a content file as JBake reads it: {@code key=value} lines up to a line
 * of six tildes. Kept with line numbers so that every problem can point at its line.
 */
public record FrontMatter(Map<String, Entry> entries, int separatorLine, List<BakeProblem> problems) {

    static final String SEPARATOR = "~~~~~~";

    public record Entry(String value, int line) {
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public static FrontMatter parse(String file, List<String> lines) {
        int separator = lines.stream().map(String::strip).toList().indexOf(SEPARATOR);
        if (separator < 0) {
            return new FrontMatter(Map.of(), 0, List.of(new BakeProblem(file, 1,
                    "no metadata header: start with key=value lines (title, date, type, status, summary) ending in a line "
                            + SEPARATOR)));
        }
        var entries = new LinkedHashMap<String, Entry>();
        var problems = new ArrayList<BakeProblem>();
        for (int i = 0; i < separator; i++) {
            var line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new BakeProblem(file, i + 1, "header line \"" + line + "\" is not key=value"));
            } else {
                entries.put(line.substring(0, eq).strip(), new Entry(line.substring(eq + 1).strip(), i + 1));
            }
        }
        return new FrontMatter(entries, separator + 1, problems);
    }
}
