package org.esafetyhub.report;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.util.List;
import java.util.Optional;

/** Reports, their categories, links and evidence. */
interface ReportStore {

    record NewReport(String id, String reference, String followUpHash, String academySlug, String reporterRole,
                     boolean urgent, String location, String started, String ongoing, String description,
                     String peopleInvolved, String status, String receivedMinute, String submittedSha256,
                     int submittedFiles, String language) {
    }

    record Evidence(String id, String reportId, int position, String displayName, String mediaType, long sizeBytes,
                    String sha256, byte[] content, byte[] cleanContent, String cleanSha256, Long cleanSizeBytes,
                    String metadataRemoved, String cleanRefusal, String dataKey, String keyId) {
    }

    record Found(String id, String reference, String followUpHash, String status, String academySlug,
                 String receivedMinute, String submittedSha256) {
    }

    @SqlUpdate("""
            INSERT INTO report (id, reference, follow_up_hash, academy_slug, reporter_role, urgent, location, started,
                                ongoing, description, people_involved, status, received_minute, submitted_sha256,
                                submitted_files, language)
            VALUES (:id, :reference, :followUpHash, :academySlug, :reporterRole, :urgent, :location, :started,
                    :ongoing, :description, :peopleInvolved, :status, :receivedMinute, :submittedSha256,
                    :submittedFiles, :language)""")
    void insert(@BindMethods NewReport report);

    @SqlBatch("INSERT INTO report_category (report_id, category) VALUES (:reportId, :category)")
    void insertCategories(@Bind("reportId") String reportId, @Bind("category") List<String> categories);

    @SqlBatch("INSERT INTO report_link (report_id, position, url) VALUES (:reportId, :position, :url)")
    void insertLinks(@Bind("reportId") String reportId, @Bind("position") List<Integer> positions, @Bind("url") List<String> urls);

    @SqlBatch("""
            INSERT INTO evidence (id, report_id, position, display_name, media_type, size_bytes, sha256, content,
                                  clean_content, clean_sha256, clean_size_bytes, metadata_removed, clean_refusal, data_key, key_id)
            VALUES (:id, :reportId, :position, :displayName, :mediaType, :sizeBytes, :sha256, :content,
                    :cleanContent, :cleanSha256, :cleanSizeBytes, :metadataRemoved, :cleanRefusal, :dataKey, :keyId)""")
    void insertEvidence(@BindMethods List<Evidence> evidence);

    @SqlQuery("""
            SELECT id, reference, follow_up_hash, status, academy_slug, received_minute, submitted_sha256
            FROM report WHERE reference = :reference""")
    @RegisterConstructorMapper(Found.class)
    Optional<Found> find(@Bind("reference") String reference);

    /** The fields a receipt's hash covers, as stored now; empty for a report made before receipts had a proof. */
    record Submitted(String academySlug, String reporterRole, boolean urgent, String location, String started,
                     String ongoing, String description, String peopleInvolved, int submittedFiles) {
    }

    @SqlQuery("""
            SELECT academy_slug, reporter_role, urgent, location, started, ongoing, description, people_involved,
                   submitted_files
            FROM report WHERE id = :id AND submitted_sha256 IS NOT NULL""")
    @RegisterConstructorMapper(Submitted.class)
    Optional<Submitted> submitted(@Bind("id") String reportId);

    @SqlQuery("SELECT category FROM report_category WHERE report_id = :id ORDER BY category")
    List<String> categories(@Bind("id") String reportId);

    @SqlQuery("SELECT url FROM report_link WHERE report_id = :id ORDER BY position")
    List<String> links(@Bind("id") String reportId);

    @SqlQuery("SELECT sha256 FROM evidence WHERE report_id = :id AND position <= :files ORDER BY position")
    List<String> submittedEvidence(@Bind("id") String reportId, @Bind("files") int files);

    @Transaction
    default void save(NewReport report, List<String> categories, List<String> links, List<Evidence> evidence) {
        insert(report);
        insertCategories(report.id(), categories);
        insertLinks(report.id(), java.util.stream.IntStream.rangeClosed(1, links.size()).boxed().toList(), links);
        insertEvidence(evidence);
    }
}
