package org.esafetyhub.report;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

/** What is added to a report after it was made: messages (from the reporter or staff) and more evidence. */
public interface MessageStore {

    enum Author { REPORTER, STAFF }

    record Message(String author, String body, String sentMinute) {
    }

    /** @param metadataRemoved what the clean copy left out, in plain words; null when the file could not be cleaned */
    record File(String displayName, String mediaType, long sizeBytes, String metadataRemoved) {
    }

    /**
     * Holds the report's row until the transaction ends, so that two messages or files added at once (a reporter's and
     * a member of staff's, on two nodes) number themselves one after the other: on PostgreSQL both would otherwise read
     * the same MAX(position). Call it first in the transaction that adds; SQLite takes one writer at a time anyway.
     */
    @SqlUpdate("UPDATE report SET id = id WHERE id = :reportId")
    void lockReport(@Bind("reportId") String reportId);

    @SqlUpdate("""
            INSERT INTO report_message (id, report_id, position, author, body, sent_minute)
            SELECT :id, :reportId, COALESCE(MAX(position), 0) + 1, :author, :body, :sentMinute
            FROM report_message WHERE report_id = :reportId""")
    void addMessage(@Bind("id") String id, @Bind("reportId") String reportId, @Bind("author") String author,
                    @Bind("body") String body, @Bind("sentMinute") String sentMinute);

    @SqlUpdate("""
            INSERT INTO evidence (id, report_id, position, display_name, media_type, size_bytes, sha256, content,
                                  clean_content, clean_sha256, clean_size_bytes, metadata_removed, clean_refusal, data_key, key_id)
            SELECT :id, :reportId, COALESCE(MAX(position), 0) + 1, :displayName, :mediaType, :sizeBytes, :sha256, :content,
                   :cleanContent, :cleanSha256, :cleanSizeBytes, :metadataRemoved, :cleanRefusal, :dataKey, :keyId
            FROM evidence WHERE report_id = :reportId""")
    void addEvidence(@BindMethods ReportStore.Evidence evidence);

    @SqlQuery("SELECT author, body, sent_minute FROM report_message WHERE report_id = :reportId ORDER BY position")
    @RegisterConstructorMapper(Message.class)
    List<Message> messages(@Bind("reportId") String reportId);

    @SqlQuery("""
            SELECT display_name, media_type, size_bytes, metadata_removed FROM evidence
            WHERE report_id = :reportId ORDER BY position""")
    @RegisterConstructorMapper(File.class)
    List<File> files(@Bind("reportId") String reportId);

    @SqlQuery("SELECT COUNT(*) FROM evidence WHERE report_id = :reportId")
    int fileCount(@Bind("reportId") String reportId);
}
