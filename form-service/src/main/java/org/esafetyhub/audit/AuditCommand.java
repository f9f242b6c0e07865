package org.esafetyhub.audit;

import org.esafetyhub.db.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code audit verify}: walks the audit trail's chain and names the first broken entry. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail.")
public final class AuditCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static CommandLine commandLine() {
        return new CommandLine(new AuditCommand()).addSubcommand("verify", new Verify());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the audit trail from its first entry: exit 0 if every entry holds, 1 naming the first that does not.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--db", description = "The SQLite database file (default: ${DEFAULT-VALUE}).")
        Path db = Path.of("data/esafety.db");

        @Override
        public Integer call() {
            if (!Files.isRegularFile(db)) {
                spec.commandLine().getErr().println(db.toAbsolutePath().normalize() + " does not exist: give the database with --db");
                return 2;
            }
            var result = new AuditTrail(Database.openSqlite(db).jdbi(), Clock.systemUTC()).verify();
            if (result.intact()) {
                spec.commandLine().getOut().println(result.summary());
                return 0;
            }
            spec.commandLine().getErr().println(result.summary());
            return 1;
        }
    }
}
