package org.esafetyhub.trust;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.util.List;

/** The academies in the database, kept in step with the trust file. */
public interface AcademyStore {

    @SqlUpdate("""
            INSERT INTO academy (slug, name, active) VALUES (:slug, :name, TRUE)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, active = TRUE""")
    void upsert(@Bind("slug") String slug, @Bind("name") String name);

    @SqlUpdate("UPDATE academy SET active = FALSE WHERE slug NOT IN (<slugs>)")
    void deactivateAllBut(@BindList("slugs") List<String> slugs);

    @SqlQuery("SELECT slug FROM academy WHERE active ORDER BY slug")
    List<String> activeSlugs();

    @Transaction
    default void syncWith(Trust trust) {
        trust.academies().forEach(academy -> upsert(academy.slug(), academy.name()));
        deactivateAllBut(trust.academies().stream().map(Academy::slug).toList());
    }
}
