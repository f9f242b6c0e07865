package org.esafetyhub.db;

import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code db copy}: moves a school's data from its SQLite file to PostgreSQL (or another SQLite file). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Move the database.")
public final class DbCommand implements Runnable {

    /** What a check of the copied database found: the audit trail's chain, which lives in another package. */
    public record Check(boolean passed, String summary) {
    }

    @Spec
    private CommandSpec spec;

    /** @param checkTarget checks the target once copied (the audit trail's chain) */
    public static CommandLine commandLine(Function<Jdbi, Check> checkTarget) {
        return new CommandLine(new DbCommand()).addSubcommand("copy", new Copy(checkTarget));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, description = {
            "Copy every table of an SQLite database into an empty PostgreSQL (or SQLite) database, evidence included,"
                    + " then compare the row counts of every table and verify the audit trail on the target.",
            "Both are migrated to the current schema first. Exit 0 when everything matches, 1 naming the first mismatch."})
    static final class Copy implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "The SQLite file to copy from.")
        private Path from;

        @Option(names = "--to", required = true, paramLabel = "FILE|URL", description = {
                "The database to copy into: a jdbc:postgresql://host/name URL (user and password from ESAFETY_DB_USER"
                        + " and ESAFETY_DB_PASSWORD or ESAFETY_DB_PASSWORD_FILE) or an SQLite file."})
        private String to;

        @Option(names = "--into-non-empty", description = "Write into a target that already holds data"
                + ": a row whose key it already holds is left as it is, and the row counts show any difference.")
        private boolean intoNonEmpty;

        private final Function<Jdbi, Check> checkTarget;

        Copy(Function<Jdbi, Check> checkTarget) {
            this.checkTarget = checkTarget;
        }

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            try {
                var target = DatabaseAddress.parse(to);
                if (!Files.isRegularFile(from)) {
                    err.println(from.toAbsolutePath().normalize() + " does not exist: give the SQLite file to copy with --from");
                    return 1;
                }
                try (var source = Database.openSqlite(from); var copy = Database.open(target, System.getenv())) {
                    return copy(source, copy, target);
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println(e.getMessage());
                return 1;
            }
        }

        private int copy(Database source, Database target, DatabaseAddress address) {
            var err = spec.commandLine().getErr();
            var out = spec.commandLine().getOut();
            if (!intoNonEmpty) {
                var refusal = DatabaseCopy.nonEmpty(target);
                if (refusal.isPresent()) {
                    err.println("Refusing to copy into " + address + ": " + refusal.get()
                            + ". Give an empty database, or --into-non-empty to write into it anyway.");
                    return 1;
                }
            }
            long start = System.nanoTime();
            var counts = DatabaseCopy.copy(source, target, intoNonEmpty);
            print(out, counts);
            var mismatch = counts.stream().filter(count -> !count.equal()).findFirst();
            if (mismatch.isPresent()) {
                err.printf("Row counts differ: %s has %,d rows in the source and %,d in the target%n",
                        mismatch.get().table(), mismatch.get().source(), mismatch.get().target());
                return 1;
            }
            var audit = checkTarget.apply(target.jdbi());
            if (!audit.passed()) {
                err.println("On the target: " + audit.summary());
                return 1;
            }
            out.printf("On the target: %s%nCopied %s to %s in %d ms%n", audit.summary(),
                    from.toAbsolutePath().normalize(), address, (System.nanoTime() - start) / 1_000_000);
            return 0;
        }

        private static void print(PrintWriter out, List<DatabaseCopy.Count> counts) {
            int width = counts.stream().mapToInt(count -> count.table().length()).max().orElse(5);
            var format = "%-" + width + "s  %10s  %10s  %s%n";
            out.printf(format, "Table", "Source", "Target", "");
            counts.forEach(count -> out.printf(format, count.table(), String.format("%,d", count.source()),
                    String.format("%,d", count.target()), count.equal() ? "" : "DIFFERS"));
        }
    }
}
