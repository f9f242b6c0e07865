package org.esafetyhub.app;

import org.esafetyhub.testing.Folders;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** A copy of the project's sources a test may edit, baked with the real {@code bake} command into its own site. */
public final class BakedCopy {

    private final Path root;

    private BakedCopy(Path root) {
        this.root = root;
    }

    /** Copies content, templates, assets, data, config and jbake.properties under {@code folder} and bakes them. */
    public static BakedCopy of(Path project, Path folder) throws Exception {
        for (var part : new String[] {"content", "templates", "assets", "data", "config"}) {
            Folders.copy(project.resolve(part), folder.resolve(part));
        }
        java.nio.file.Files.copy(project.resolve("jbake.properties"), folder.resolve("jbake.properties"));
        var copy = new BakedCopy(folder);
        copy.bake();
        return copy;
    }

    public Path root() {
        return root;
    }

    public Path site() {
        return root.resolve("target/site");
    }

    /** Bakes the copy again, as {@code bake} does after an edit; fails the test with the bake's message if it fails. */
    public void bake() {
        var err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute("bake", "--root", root.toString());
        if (exit != 0) {
            throw new AssertionError("the bake failed: " + err);
        }
    }
}
