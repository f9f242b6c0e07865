package org.esafetyhub.site;

import org.esafetyhub.testing.Folders;

import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small site in a temporary folder, with the project's real templates, assets, data files and jbake.properties. */
final class SiteFixture {

    static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();

    final Path root;

    SiteFixture(Path root) throws IOException {
        this.root = root;
        Folders.copy(PROJECT.resolve("templates"), root.resolve("templates"));
        Folders.copy(PROJECT.resolve("assets"), root.resolve("assets"));
        // the outside services and guidance sources that pages name by id
        Folders.copy(PROJECT.resolve("data"), root.resolve("data"));
        Files.copy(PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"));
        // each page says who it is for, so that its reading grade is checked
        page("pupils.md", "section", "For pupils", "Pupils read this first.", "audience=pupils");
        page("parents.md", "section", "For parents and carers", "Parents read this first.", "audience=parents");
        page("staff-guide.md", "section", "For staff", "Staff read this first.");
        // every page's footer links to these
        page("policy.md", "page", "Policy", "The rules we keep.", "audience=everyone");
        page("lessons.md", "section", "Learn", "The lessons.", "audience=pupils");
        page("glossary.md", "page", "Glossary", "Words you may meet, and what they mean.", "audience=pupils");
        page("teaching.md", "section", "Teaching the lessons", "The plans.", "audience=staff");
        page("privacy.md", "page", "Privacy", "What is kept.", "audience=everyone");
        // every page's header has a search box that sends its words here
        page("search.md", "search", "Search", "Type a word.", "audience=everyone");
    }

    static final int STANDARD_PAGES = 9;

    static Trust trust() {
        return TrustFile.load(PROJECT.resolve("config/trust.yaml"));
    }

    /**
     * @param header more header lines, such as {@code audience=pupils}; outside the pupils' part of the site, a page
     *               given no audience or age band says audience=staff (every page must say one; staff has no ceiling)
     */
    Path page(String name, String type, String title, String body, String... header) throws IOException {
        if (!PageModel.section("/" + name.replaceFirst("\\.md$", "")).equals("pupils")
                && java.util.Arrays.stream(header).noneMatch(line -> line.startsWith("audience=") || line.startsWith("ageBand="))) {
            header = java.util.stream.Stream.concat(java.util.Arrays.stream(header), java.util.stream.Stream.of("audience=staff"))
                    .toArray(String[]::new);
        }
        return write("content/" + name, """
                title=%s
                date=2026-11-27
                type=%s
                status=published
                summary=A page about %s.
                %s~~~~~~
                %s
                """.formatted(title, type, title, header.length == 0 ? "" : String.join("\n", header) + "\n", body));
    }

    Path write(String name, String text) throws IOException {
        var file = root.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    SiteBaker.Summary bake() {
        try (var baker = baker()) {
            return bake(baker);
        }
    }

    /** A baker of this site into out/, to bake it again and again, as the preview does; close it after. */
    SiteBaker baker() {
        return new SiteBaker(root, root.resolve("out"));
    }

    static SiteBaker.Summary bake(SiteBaker baker) {
        // the report form in English and in each shipped language: a translated page's header links to its own
        return baker.bake(trust(), java.util.Map.of(), java.util.Set.of("/report/", "/pl/report/", "/ro/report/", "/ur/report/",
                "/ar/report/", "/bn/report/"));
    }

}
