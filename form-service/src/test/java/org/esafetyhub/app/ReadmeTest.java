package org.esafetyhub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README says about the code is what the code does: its /healthz answer, its commands, its layout, its links. */
class ReadmeTest {

    private static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();
    private static final Pattern COMMAND_ROW = Pattern.compile("^\\| `(?:java -jar form-service/target/esafety-hub\\.jar|bin/bake` \\(or `java -jar form-service/target/esafety-hub\\.jar) ([a-z][a-z-]*)", Pattern.MULTILINE);
    private static final Pattern OPTION = Pattern.compile("`(--[a-z-]+)");
    private static final Pattern LINK = Pattern.compile("\\]\\(((?!https?:|#)[^)#]+)(#[^)]*)?\\)");

    private static String readme() throws IOException {
        return Files.readString(PROJECT.resolve("README.md"));
    }

    @Test
    void the_readme_is_short() throws IOException {
        assertThat(Files.size(PROJECT.resolve("README.md"))).as("README.md in bytes: long explanations go to docs/")
                .isLessThanOrEqualTo(20 * 1024);
    }

    @Test
    void its_healthz_answer_is_what_a_fresh_sqlite_service_answers(@TempDir Path folder) throws IOException {
        var example = readme().lines().filter(line -> line.startsWith("{\"status\"")).findFirst().orElseThrow();
        try (var database = Database.openSqlite(folder.resolve("esafety.db"))) {
            var said = new ObjectMapper().readValue(example, Map.class);
            assertThat(said).isEqualTo(HealthRoutes.answer(database));
        }
    }

    @Test
    void its_command_table_names_every_command_and_only_options_they_have() throws IOException {
        var commands = Main.commandLine().getSubcommands();
        var listed = new TreeSet<String>();
        var wrong = new ArrayList<String>();
        for (var row : readme().lines().filter(line -> COMMAND_ROW.matcher(line).find()).toList()) {
            var matcher = COMMAND_ROW.matcher(row);
            matcher.find();
            var name = matcher.group(1);
            listed.add(name);
            var command = commands.get(name);
            if (command == null) {
                wrong.add(name + " is not a command");
                continue;
            }
            var options = new TreeSet<String>();
            command.getCommandSpec().options().forEach(o -> options.addAll(java.util.List.of(o.names())));
            command.getSubcommands().values().forEach(sub -> sub.getCommandSpec().options()
                    .forEach(o -> options.addAll(java.util.List.of(o.names()))));
            var cells = row.split("\\|");
            var described = OPTION.matcher(cells[cells.length - 1]);
            while (described.find()) {
                if (!options.contains(described.group(1))) {
                    wrong.add(name + " has no option " + described.group(1));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(listed).isEqualTo(new TreeSet<>(commands.keySet()));
    }

    @Test
    void its_layout_names_every_feature_folder_and_only_folders_that_exist() throws IOException {
        var text = readme();
        var block = text.substring(text.indexOf("## Repository layout"));
        block = block.substring(block.indexOf("```") + 3, block.indexOf("```", block.indexOf("```") + 3));
        var packages = PROJECT.resolve("form-service/src/main/java/org/esafetyhub");
        var named = new TreeSet<String>();
        var missing = new ArrayList<String>();
        boolean inPackages = false;
        for (var line : block.lines().toList()) {
            if (line.startsWith("form-service/")) {
                inPackages = true;
            }
            var first = line.strip().split("\\s{2,}")[0];
            if (line.startsWith("  ") && inPackages) {
                for (var name : first.split(" ")) {
                    var folder = name.replace("/", "");
                    named.add(folder);
                    if (!Files.isDirectory(packages.resolve(folder))) {
                        missing.add("form-service/.../" + name);
                    }
                }
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                var path = first.split("\\s")[0];
                if (!Files.exists(PROJECT.resolve(path))) {
                    missing.add(path);
                }
            }
        }
        try (var folders = Files.list(packages)) {
            var actual = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(missing).as("named in the layout but not in the tree").isEmpty();
            assertThat(named).as("feature folders under org/esafetyhub").isEqualTo(actual);
        }
    }

    @Test
    void every_file_it_links_to_exists() throws IOException {
        var broken = new ArrayList<String>();
        var links = LINK.matcher(readme());
        while (links.find()) {
            if (!Files.exists(PROJECT.resolve(links.group(1)))) {
                broken.add(links.group(1));
            }
        }
        assertThat(broken).isEmpty();
    }
}
