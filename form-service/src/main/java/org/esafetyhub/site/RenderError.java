package org.esafetyhub.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns JBake's rendering errors into problems an author can act on: JBake names the output file
 * and gives Freemarker's message (template, line, what failed); we name the content file too.
 */
final class RenderError {

    private static final Pattern FAILED_FILE = Pattern.compile("Failed to render file (\\S+?)\\. Cause: ");

    private RenderError() {
    }

    static List<BakeProblem> toProblems(Throwable error, List<SourcePage> pages, String outputFolder) {
        var message = String.valueOf(error.getMessage());
        var matcher = FAILED_FILE.matcher(message);
        var starts = new ArrayList<int[]>();
        var files = new ArrayList<String>();
        while (matcher.find()) {
            starts.add(new int[] {matcher.start(), matcher.end()});
            files.add(matcher.group(1));
        }
        if (files.isEmpty()) {
            var root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            var detail = root == error ? "" : ": " + essence(String.valueOf(root.getMessage()));
            return List.of(new BakeProblem("templates", 0, essence(message) + detail));
        }
        var problems = new ArrayList<BakeProblem>();
        for (int i = 0; i < files.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : message.length();
            var cause = essence(message.substring(starts.get(i)[1], end));
            var output = files.get(i).replace('\\', '/');
            var relative = output.contains(outputFolder + "/")
                    ? output.substring(output.indexOf(outputFolder + "/") + outputFolder.length() + 1) : output;
            var source = pages.stream().filter(p -> p.outputFile().equals(relative)).findFirst();
            problems.add(new BakeProblem(source.map(SourcePage::relativeName).orElse(relative), 0,
                    "could not be rendered: " + cause));
        }
        return problems;
    }

    /** Freemarker's description without its FTL stack trace, on one line. */
    private static String essence(String message) {
        int trace = message.indexOf("\n----");
        var text = trace < 0 ? message : message.substring(0, trace);
        return text.replaceAll("\\s+", " ").strip();
    }
}
