package org.esafetyhub.trust;

import org.esafetyhub.db.DatabaseAddress;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The options of every command that opens the database ({@code @Mixin}): {@code --db} and the trust
 * file. The database is {@code --db}, else the environment's {@code ESAFETY_DB}, else the trust file's
 * {@code service.database}, else {@code data/esafety.db}. Here, beside the trust file it reads, rather than in
 * {@code db}: the trust file checks its database address with {@code db}, and {@code db} knows no trust file.
 */
public final class DatabaseOptions {

    public static final String ENVIRONMENT_VARIABLE = "ESAFETY_DB";

    @Option(names = "--db", paramLabel = "FILE|URL", description = {
            "The database: an SQLite file, created with its folder if missing, or a jdbc:postgresql://host/name URL"
                    + " (user and password from ESAFETY_DB_USER and ESAFETY_DB_PASSWORD or ESAFETY_DB_PASSWORD_FILE).",
            "Default: ESAFETY_DB, else the trust file's service.database, else data/esafety.db."})
    private String db;

    @Option(names = "--config", description = "The trust file (default: ${DEFAULT-VALUE}).")
    private Path config = Path.of("config/trust.yaml");

    public Path config() {
        return config;
    }

    /** The database this command opens, reading the trust file if need be. */
    public DatabaseAddress address() {
        return address(System.getenv(), null);
    }

    /** The database this command opens, with the trust file already read. */
    public DatabaseAddress address(Trust trust) {
        return address(System.getenv(), trust);
    }

    /**
     * @param trust the trust file if already read, else null (it is read here when needed and present)
     * @throws IllegalArgumentException when the address given is not one the service can open
     */
    DatabaseAddress address(Map<String, String> environment, Trust trust) {
        if (db != null && !db.isBlank()) {
            return DatabaseAddress.parse(db);
        }
        var fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return DatabaseAddress.parse(fromEnvironment);
        }
        if (trust == null && Files.isRegularFile(config)) {
            trust = TrustFile.load(config);
        }
        if (trust != null && trust.service().database() != null) {
            return DatabaseAddress.parse(trust.service().database());
        }
        return DatabaseAddress.sqlite(DatabaseAddress.DEFAULT_SQLITE_FILE);
    }

    /**
     * For commands that read an existing database: an SQLite file that is not there is a mistake
     * (opening would make an empty one), so this names it; empty when the database may be opened.
     */
    public static Optional<String> missing(DatabaseAddress address) {
        return address.file().filter(file -> !Files.isRegularFile(file))
                .map(file -> file.toAbsolutePath().normalize() + " does not exist: give the database with --db");
    }
}
