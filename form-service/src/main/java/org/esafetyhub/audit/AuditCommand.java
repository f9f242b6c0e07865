package org.esafetyhub.audit;

import org.esafetyhub.db.Database;
import org.esafetyhub.trust.DatabaseOptions;
import org.esafetyhub.db.DbCommand;
import org.jdbi.v3.core.Jdbi;
import org.esafetyhub.trust.InvalidTrustFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    /** {@code db copy}'s last check: the chain verifies on the database just copied into. */
    public static DbCommand.Check checkCopy(Jdbi copied) {
        var result = new AuditTrail(copied, Clock.systemUTC()).verify();
        return new DbCommand.Check(result.intact(), result.summary());
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

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            Verification result;
            try {
                var db = database.address();
                var missing = DatabaseOptions.missing(db);
                if (missing.isPresent()) {
                    spec.commandLine().getErr().println(missing.get());
                    return 2;
                }
                try (var opened = Database.open(db, System.getenv())) {
                    result = new AuditTrail(opened.jdbi(), Clock.systemUTC()).verify();
                }
            } catch (IllegalArgumentException | InvalidTrustFileException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            if (result.intact()) {
                spec.commandLine().getOut().println(result.summary());
                return 0;
            }
            spec.commandLine().getErr().println(result.summary());
            return 1;
        }
    }
}
