package org.esafetyhub.app;

import org.esafetyhub.db.Database;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.trust.DatabaseOptions;
import org.esafetyhub.db.Engine;
import org.esafetyhub.trust.InvalidTrustFileException;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--to", required = true, description = "The backup file to create; it must not exist yet.")
    private Path to;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        DatabaseAddress db;
        try {
            db = database.address();
        } catch (IllegalArgumentException | InvalidTrustFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (db.engine() != Engine.SQLITE) {
            err.println("backup copies an SQLite file; the database is PostgreSQL (" + db + "): back it up with pg_dump,"
                    + " for example pg_dump --format=custom --file=esafety.dump DBNAME, or with pgBackRest");
            return 1;
        }
        var missing = DatabaseOptions.missing(db);
        if (missing.isPresent()) {
            err.println(missing.get());
            return 1;
        }
        if (Files.exists(to)) {
            spec.commandLine().getErr().println(to.toAbsolutePath().normalize() + " already exists: choose a new file");
            return 1;
        }
        long start = System.nanoTime();
        try (var opened = Database.open(db, System.getenv())) {
            opened.backupTo(to);
        }
        spec.commandLine().getOut().printf("Backed up %s to %s (%,d bytes) in %d ms%n", db,
                to.toAbsolutePath().normalize(), to.toFile().length(), (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
