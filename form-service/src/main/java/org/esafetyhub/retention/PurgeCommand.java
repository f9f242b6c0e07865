package org.esafetyhub.retention;

import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.db.Database;
import org.esafetyhub.trust.DatabaseOptions;
import org.esafetyhub.trust.InvalidTrustFileException;
import org.esafetyhub.trust.TrustFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete quiz attempts and agreement signatures older than the trust file's retention (and, with --cases --confirm, closed cases older than theirs).")
public final class PurgeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The trust file sets the retention. */
    @Mixin
    private DatabaseOptions database;

    @Option(names = "--dry-run", description = "Print what would be deleted; delete nothing.")
    private boolean dryRun;

    @Option(names = "--cases", description = "Also closed cases older than retention.closedCases (needs --confirm, else counts only).")
    private boolean cases;

    @Option(names = "--confirm", description = "Confirms that closed cases, their evidence and messages are to be deleted for good.")
    private boolean confirm;

    private final Clock clock;

    public PurgeCommand() {
        this(Clock.systemUTC());
    }

    PurgeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Purge.Result result;
        try {
            var trust = TrustFile.load(database.config());
            var db = database.address(trust);
            var missing = DatabaseOptions.missing(db);
            if (missing.isPresent()) {
                err.println(missing.get());
                return 1;
            }
            // deleting closed cases is never the default, nor a side effect of a typo: it takes both flags
            try (var opened = Database.open(db, System.getenv())) {
                var jdbi = opened.jdbi();
                result = new Purge(jdbi, trust.retention(), clock, new AuditTrail(jdbi, clock))
                        .run(new Purge.Request(cases, dryRun || (cases && !confirm)));
            }
        } catch (InvalidTrustFileException | IllegalStateException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        var verb = result.dryRun() ? "Would delete" : "Deleted";
        out.printf("%s %,d quiz attempts taken before %s UTC (retention %s)%n", verb, result.quizAttempts(),
                result.quizAttemptsBefore(), result.quizAttemptsRetention());
        out.printf("%s %,d agreement signatures made before %s UTC%n", verb, result.signatures(), result.signaturesBefore());
        result.closedCasesBefore().ifPresent(before -> out.printf("%s %,d closed cases closed before %s UTC%n",
                verb, result.closedCases(), before));
        if (cases && !confirm && !dryRun) {
            out.println("Closed cases were only counted: add --confirm to delete them, their evidence and messages for good.");
        }
        return 0;
    }
}
