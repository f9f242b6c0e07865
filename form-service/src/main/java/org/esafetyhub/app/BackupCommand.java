package org.esafetyhub.app;

import org.esafetyhub.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the database, evidence included, into a new file while the service runs.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", description = "The SQLite database file (default: ${DEFAULT-VALUE}).")
    private Path db = Path.of("data/esafety.db");

    @Option(names = "--to", required = true, description = "The backup file to create; it must not exist yet.")
    private Path to;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(db)) {
            spec.commandLine().getErr().println(db.toAbsolutePath().normalize() + " does not exist: give the database with --db");
            return 1;
        }
        if (Files.exists(to)) {
            spec.commandLine().getErr().println(to.toAbsolutePath().normalize() + " already exists: choose a new file");
            return 1;
        }
        long start = System.nanoTime();
        Database.openSqlite(db).backupTo(to);
        spec.commandLine().getOut().printf("Backed up %s to %s (%,d bytes) in %d ms%n", db.toAbsolutePath().normalize(),
                to.toAbsolutePath().normalize(), to.toFile().length(), (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
