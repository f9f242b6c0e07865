package org.esafetyhub.quiz;

import org.esafetyhub.codes.ReadAloudSymbols;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Class codes such as {@code 7B-2Q9K}: a teacher makes one for a class and gives it out, and quiz
 * attempts made with it count for that class and its academy. No pupil is ever named.
 */
public final class ClassCodes {

    public record ClassCode(String code, String academySlug, String label) {
    }

    interface Store {
        @SqlUpdate("INSERT INTO class_code (code, academy_slug, label, created_by) VALUES (:code, :academy, :label, :by)")
        void insert(@Bind("code") String code, @Bind("academy") String academy, @Bind("label") String label, @Bind("by") String createdBy);

        @SqlQuery("SELECT code, academy_slug, label FROM class_code WHERE code = :code")
        @RegisterConstructorMapper(ClassCode.class)
        Optional<ClassCode> find(@Bind("code") String code);

        @SqlQuery("SELECT code, academy_slug, label FROM class_code WHERE academy_slug = :academy ORDER BY label, code")
        @RegisterConstructorMapper(ClassCode.class)
        List<ClassCode> ofAcademy(@Bind("academy") String academy);
    }

    private final Jdbi jdbi;
    private final ReadAloudSymbols symbols;

    public ClassCodes(Jdbi jdbi, SecureRandom random) {
        this.jdbi = jdbi;
        this.symbols = new ReadAloudSymbols(random);
    }

    /** A new code for a class: up to three letters or digits of its label, a hyphen, four random symbols. */
    public ClassCode create(String academySlug, String label, String createdBy) {
        var prefix = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        prefix = prefix.isEmpty() ? "C" : prefix.substring(0, Math.min(3, prefix.length()));
        var code = prefix + "-" + symbols.next(4);
        jdbi.useExtension(Store.class, store -> store.insert(code, academySlug, label, createdBy));
        return new ClassCode(code, academySlug, label);
    }

    public Optional<ClassCode> find(String typed) {
        var code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
        return code.isEmpty() ? Optional.empty() : jdbi.withExtension(Store.class, store -> store.find(code));
    }

    public List<ClassCode> ofAcademy(String academySlug) {
        return jdbi.withExtension(Store.class, store -> store.ofAcademy(academySlug));
    }
}
