package org.esafetyhub.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the database is: an SQLite file, or a PostgreSQL server named by a {@code jdbc:postgresql://}
 * URL. A URL never carries credentials (they come from the environment, see {@link Credentials}),
 * so this prints safely anywhere.
 *
 * @param localFolder where the service keeps its own small files (the receipt key): beside an SQLite
 *                    file, else {@code data/} unless given
 */
public record DatabaseAddress(Engine engine, Path sqliteFile, String jdbcUrl, Path localFolder) {

    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";
    public static final Path DEFAULT_SQLITE_FILE = Path.of("data/esafety.db");
    private static final Path DEFAULT_LOCAL_FOLDER = Path.of("data");

    public static DatabaseAddress sqlite(Path file) {
        return new DatabaseAddress(Engine.SQLITE, file, null, file.toAbsolutePath().getParent());
    }

    /** @throws IllegalArgumentException when the URL is not a PostgreSQL one or carries a password */
    public static DatabaseAddress postgres(String url, Path localFolder) {
        return new DatabaseAddress(Engine.POSTGRESQL, null, checkedUrl(url), localFolder);
    }

    /**
     * An SQLite file path or a {@code jdbc:postgresql://} URL, as given to {@code --db}, in
     * {@code ESAFETY_DB} or as the trust file's {@code service.database}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static DatabaseAddress parse(String value) {
        var given = value.strip();
        if (given.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            return postgres(given, DEFAULT_LOCAL_FOLDER);
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("the database is empty: give an SQLite file or a " + POSTGRESQL_PREFIX + " URL");
        }
        return sqlite(Path.of(given));
    }

    /** The same address with relative SQLite paths taken from the folder (preview's root). */
    public DatabaseAddress under(Path root) {
        return engine == Engine.SQLITE ? sqlite(root.resolve(sqliteFile).normalize()) : this;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(sqliteFile);
    }

    private static String checkedUrl(String url) {
        if (!url.startsWith(POSTGRESQL_PREFIX)) {
            throw new IllegalArgumentException("only SQLite files and " + POSTGRESQL_PREFIX + " URLs are supported, not " + redacted(url));
        }
        var query = url.contains("?") ? url.substring(url.indexOf('?') + 1).toLowerCase(Locale.ROOT) : "";
        if (query.contains("password=") || hostPart(url).contains("@")) {
            throw new IllegalArgumentException("the database URL must not hold a password: give it in ESAFETY_DB_PASSWORD"
                    + " or a file named by ESAFETY_DB_PASSWORD_FILE");
        }
        try {
            new URI(url.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the database URL is not a valid URL: " + e.getReason());
        }
        return url;
    }

    private static String hostPart(String url) {
        var rest = url.substring(POSTGRESQL_PREFIX.length());
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static String redacted(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    /** What logs and messages may show: the file, or the URL (which holds no secret). */
    @Override
    public String toString() {
        return engine == Engine.SQLITE ? sqliteFile.toAbsolutePath().normalize().toString() : jdbcUrl;
    }
}
