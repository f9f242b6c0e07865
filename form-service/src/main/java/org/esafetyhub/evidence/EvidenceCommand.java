package org.esafetyhub.evidence;

import org.esafetyhub.db.Database;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.trust.DatabaseOptions;
import org.esafetyhub.crypto.KeyFile;
import org.esafetyhub.trust.InvalidTrustFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code evidence seal} and {@code evidence rekey}: evidence files sealed at rest, and the key that seals them rotated. */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = "Seal evidence files at rest, and rotate the evidence key.")
public final class EvidenceCommand implements Runnable {

    /** The new key {@code evidence rekey} takes from the environment when the current one comes from there too. */
    public static final String NEW_KEY_VARIABLE = "ESAFETY_EVIDENCE_KEY_NEW";

    @Spec
    private CommandSpec spec;

    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    static CommandLine commandLine(Map<String, String> environment) {
        return new CommandLine(new EvidenceCommand()).addSubcommand("seal", new Seal(environment))
                .addSubcommand("rekey", new Rekey(environment));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What both commands take: the database, and where the evidence key file is. */
    abstract static class OnDatabase implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--keys", paramLabel = "FOLDER", description = "The folder of evidence.key (default: the service's"
                + " local folder: beside an SQLite file, else data/). Ignored when ESAFETY_EVIDENCE_KEY is set.")
        Path keys;

        final Map<String, String> environment;

        OnDatabase(Map<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            try {
                var address = database.address();
                var missing = DatabaseOptions.missing(address);
                if (missing.isPresent()) {
                    err.println(missing.get());
                    return 1;
                }
                var folder = keys != null ? keys : address.localFolder();
                try (var opened = Database.open(address, environment)) {
                    return run(opened, address, folder);
                }
            } catch (IllegalArgumentException | IllegalStateException | InvalidTrustFileException | UncheckedIOException e) {
                err.println(e.getMessage());
                return 1;
            }
        }

        abstract int run(Database database, DatabaseAddress address, Path keyFolder);
    }

    @Command(name = "seal", mixinStandardHelpOptions = true, description = {
            "Seal every evidence file still stored in the clear (rows made before sealing) with the evidence key.",
            "Safe to run twice, and while the service runs: a sealed file is never sealed again."})
    static final class Seal extends OnDatabase {

        Seal(Map<String, String> environment) {
            super(environment);
        }

        @Override
        int run(Database database, DatabaseAddress address, Path keyFolder) {
            var key = EvidenceKey.inFolder(keyFolder, environment);
            key.notice().ifPresent(spec.commandLine().getOut()::println);
            var seal = new EvidenceSeal(key);
            var jdbi = database.jdbi();
            int sealed = 0;
            for (var id : jdbi.withExtension(SealStore.class, SealStore::notSealed)) {
                // one file a transaction: a large database is sealed without holding every file in memory at once
                sealed += jdbi.inTransaction(handle -> {
                    var store = handle.attach(SealStore.class);
                    return store.plain(id).map(row -> {
                        var done = seal.seal(id, row.content(), row.cleanContent());
                        return store.seal(id, done.original(), done.clean(), done.key().dataKey(), done.key().keyId());
                    }).orElse(0);
                });
            }
            int already = jdbi.withExtension(SealStore.class, SealStore::wrapped).size() - sealed;
            spec.commandLine().getOut().printf("Sealed %,d evidence %s under evidence key %s; %,d %s sealed already.%n",
                    sealed, sealed == 1 ? "file" : "files", key.id(), already, already == 1 ? "was" : "were");
            return 0;
        }
    }

    @Command(name = "rekey", mixinStandardHelpOptions = true, description = {
            "Rotate the evidence key: every file's data key is wrapped again by a new evidence key (the files themselves"
                    + " are not encrypted again), in one transaction; then evidence.key holds the new key and"
                    + " evidence.key.old the one it replaced.",
            "When the key comes from ESAFETY_EVIDENCE_KEY, give the new one in ESAFETY_EVIDENCE_KEY_NEW, then give every"
                    + " node the new key. Stop the service first (or restart it after): it holds the key it started with.",
            "An interrupted rotation is finished by running it again."})
    static final class Rekey extends OnDatabase {

        @Option(names = "--new-key-file", paramLabel = "FILE", description = "Take the new key from this file (32 bytes in"
                + " Base64) instead of making one.")
        Path newKeyFile;

        Rekey(Map<String, String> environment) {
            super(environment);
        }

        @Override
        int run(Database database, DatabaseAddress address, Path keyFolder) {
            var out = spec.commandLine().getOut();
            var fromEnvironment = environment.get(EvidenceKey.ENVIRONMENT_VARIABLE) != null
                    && !environment.get(EvidenceKey.ENVIRONMENT_VARIABLE).isBlank();
            var current = EvidenceKey.inFolder(keyFolder, environment);
            var pending = KeyFile.file(keyFolder, EvidenceKey.FILE_NAME + ".new");
            String nextText;
            if (newKeyFile != null) {
                nextText = read(newKeyFile);
            } else if (fromEnvironment) {
                nextText = environment.get(NEW_KEY_VARIABLE);
                if (nextText == null || nextText.isBlank()) {
                    spec.commandLine().getErr().println("The evidence key comes from " + EvidenceKey.ENVIRONMENT_VARIABLE
                            + ": give the new one in " + NEW_KEY_VARIABLE + " (head -c 32 /dev/urandom | base64)");
                    return 1;
                }
            } else {
                // made (or, after an interrupted run, found) beside the key before any row changes, so it is never lost
                nextText = KeyFile.readOrMake(keyFolder, pending.getFileName().toString(), "the new evidence key").text();
            }
            var next = EvidenceKey.of(nextText, newKeyFile != null ? newKeyFile.toString() : fromEnvironment ? NEW_KEY_VARIABLE : pending.toString());
            if (next.id().equals(current.id())) {
                spec.commandLine().getErr().println("The new evidence key is the one in use (" + current.id() + "): nothing to do");
                return 1;
            }
            var oldSeal = new EvidenceSeal(current);
            var newSeal = new EvidenceSeal(next);
            int rewrapped = database.jdbi().inTransaction(handle -> {
                var store = handle.attach(SealStore.class);
                int count = 0;
                for (var row : store.wrapped()) {
                    if (row.keyId().equals(next.id())) {
                        continue;
                    }
                    var wrapped = oldSeal.rewrap(row.id(), new EvidenceSeal.WrappedKey(row.dataKey(), row.keyId()), newSeal);
                    count += store.rewrap(row.id(), wrapped.dataKey(), wrapped.keyId(), row.keyId());
                }
                return count;
            });
            int plain = database.jdbi().withExtension(SealStore.class, SealStore::notSealed).size();
            out.printf("Wrapped the data keys of %,d evidence %s again, under evidence key %s (was %s).%n", rewrapped,
                    rewrapped == 1 ? "file" : "files", next.id(), current.id());
            if (plain > 0) {
                out.printf("%,d evidence %s still in the clear: run evidence seal.%n", plain, plain == 1 ? "file is" : "files are");
            }
            if (fromEnvironment) {
                out.println("Now give every node " + EvidenceKey.ENVIRONMENT_VARIABLE + " = the value of " + NEW_KEY_VARIABLE
                        + " and restart it. Keep the old key only as long as backups made before now are kept.");
            } else {
                replaceKeyFile(keyFolder, newKeyFile == null, nextText.strip(), out);
            }
            return 0;
        }

        /** @param pending whether the new key is in evidence.key.new, to be moved into place */
        private static void replaceKeyFile(Path folder, boolean pending, String newKey, java.io.PrintWriter out) {
            var file = KeyFile.file(folder, EvidenceKey.FILE_NAME);
            var old = KeyFile.file(folder, EvidenceKey.FILE_NAME + ".old");
            try {
                // both stay readable by their owner only: the copy keeps the key file's permissions, and so does the rewrite
                Files.copy(file, old, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                if (pending) {
                    Files.move(KeyFile.file(folder, EvidenceKey.FILE_NAME + ".new"), file, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.writeString(file, newKey + "\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the new evidence key could not be put in " + file, e);
            }
            out.println(file + " holds the new key; " + old + " the old one. Restart the service. Keep the old key only"
                    + " as long as backups made before now are kept, apart from them; then destroy it.");
        }

        private static String read(Path file) {
            try {
                return Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(file + " cannot be read", e);
            }
        }
    }
}
