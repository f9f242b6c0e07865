package org.esafetyhub.site;

/** One reason a bake failed, with the file (relative to the site's root) and line where known (0 if not). */
public record BakeProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
