package org.esafetyhub.evidence;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** The evidence rows as {@code evidence seal} and {@code evidence rekey} see them. */
interface SealStore {

    record Plain(String id, byte[] content, byte[] cleanContent) {
    }

    record Wrapped(String id, String dataKey, String keyId) {
    }

    @SqlQuery("SELECT id FROM evidence WHERE data_key IS NULL ORDER BY id")
    List<String> notSealed();

    @SqlQuery("SELECT id, content, clean_content FROM evidence WHERE id = :id AND data_key IS NULL")
    @RegisterConstructorMapper(Plain.class)
    Optional<Plain> plain(@Bind("id") String id);

    /** Only while the row is still in the clear, so two runs at once never seal one file twice. */
    @SqlUpdate("""
            UPDATE evidence SET content = :content, clean_content = :cleanContent, data_key = :dataKey, key_id = :keyId
            WHERE id = :id AND data_key IS NULL""")
    int seal(@Bind("id") String id, @Bind("content") byte[] content, @Bind("cleanContent") byte[] cleanContent,
             @Bind("dataKey") String dataKey, @Bind("keyId") String keyId);

    @SqlQuery("SELECT id, data_key, key_id FROM evidence WHERE data_key IS NOT NULL ORDER BY id")
    @RegisterConstructorMapper(Wrapped.class)
    List<Wrapped> wrapped();

    @SqlUpdate("UPDATE evidence SET data_key = :dataKey, key_id = :keyId WHERE id = :id AND key_id = :oldKeyId")
    int rewrap(@Bind("id") String id, @Bind("dataKey") String dataKey, @Bind("keyId") String keyId, @Bind("oldKeyId") String oldKeyId);
}
