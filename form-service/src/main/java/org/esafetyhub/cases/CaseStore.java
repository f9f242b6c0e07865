package org.esafetyhub.cases;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.evidence.EvidenceSeal;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;
import java.util.Optional;

/** Reports as staff see them. Every query of reports takes the reader's {@link AcademyScope}: scoping is in the SQL. */
public interface CaseStore {

    String SUMMARY = "id, reference, academy_slug, urgent, status, received_minute";
    /** Untouched (new) cases first, then open ones, then closed; urgent first within each; then oldest first. */
    String ORDER = """
            ORDER BY CASE status WHEN 'RECEIVED' THEN 0 WHEN 'CLOSED' THEN 2 ELSE 1 END, urgent DESC,
                     received_minute, reference""";
    /** The list's filters; an empty value does not filter. */
    String FILTERS = """
            AND (:status = '' OR status = :status)
            AND (:category = '' OR EXISTS (SELECT 1 FROM report_category c WHERE c.report_id = report.id AND c.category = :category))
            AND (:urgency = '' OR urgent = :urgent)""";

    record Summary(String id, String reference, String academySlug, boolean urgent, String status, String receivedMinute) {
    }

    /**
     * What the case list is narrowed to; each value is one of the offered choices or empty. The
     * academy filter is only offered to the officer: everyone else sees their own academy alone.
     */
    record Filter(String academy, String status, String category, String urgency) {
        static final Filter NONE = new Filter("", "", "", "");

        public boolean urgent() {
            return "urgent".equals(urgency);
        }
    }

    record StatusCount(String status, int count) {
    }

    record Detail(String id, String reference, String academySlug, String reporterRole, boolean urgent, String location,
                  String started, String ongoing, String description, String peopleInvolved, String status,
                  String receivedMinute, String language) {
    }

    /**
     * @param cleanSha256     the clean copy's hash; null when the file could not be cleaned (cleanRefusal says why)
     * @param metadataRemoved what the clean copy left out, in plain words
     */
    record EvidenceRow(int position, String displayName, String mediaType, long sizeBytes, String sha256,
                       String cleanSha256, Long cleanSizeBytes, String metadataRemoved, String cleanRefusal) {
    }

    /**
     * One copy of an evidence file as stored (sealed, see the evidence package) or, once {@link #opened}, as it was.
     *
     * @param files   how many evidence files the report has, for the name a download is given ("evidence-2-of-3.png")
     * @param dataKey the file's data key, wrapped; null for a row not sealed yet
     */
    record EvidenceContent(String id, int position, int files, String displayName, String mediaType, byte[] content,
                           String dataKey, String keyId) {

        EvidenceContent opened(EvidenceSeal seal, EvidenceSeal.Part part) {
            var plain = seal.open(id, part, content, dataKey == null ? null : new EvidenceSeal.WrappedKey(dataKey, keyId));
            return new EvidenceContent(id, position, files, displayName, mediaType, plain, null, null);
        }
    }

    String CONTENT_OF = "id, position, (SELECT COUNT(*) FROM evidence f WHERE f.report_id = evidence.report_id) AS files,"
            + " display_name, media_type, data_key, key_id";

    /** Held to the scope (the officer's narrowed to the academy they filter by, if any). */
    String IN_SCOPE = "(:scope.everyAcademy OR academy_slug = :scope.academy)";

    @SqlQuery("SELECT " + SUMMARY + " FROM report WHERE " + IN_SCOPE + " " + FILTERS + " " + ORDER)
    @RegisterConstructorMapper(Summary.class)
    List<Summary> list(@BindMethods("scope") AcademyScope scope, @BindMethods Filter filter);

    @SqlQuery("SELECT status, COUNT(*) AS count FROM report WHERE " + IN_SCOPE + " GROUP BY status")
    @RegisterConstructorMapper(StatusCount.class)
    List<StatusCount> counts(@BindMethods("scope") AcademyScope scope);

    String DETAIL = """
            SELECT id, reference, academy_slug, reporter_role, urgent, location, started, ongoing, description,
                   people_involved, status, received_minute, language FROM report WHERE reference = :reference""";

    @SqlQuery(DETAIL + " AND " + IN_SCOPE)
    @RegisterConstructorMapper(Detail.class)
    Optional<Detail> detail(@Bind("reference") String reference, @BindMethods("scope") AcademyScope scope);

    @SqlQuery("SELECT category FROM report_category WHERE report_id = :id ORDER BY category")
    List<String> categories(@Bind("id") String reportId);

    @SqlQuery("SELECT url FROM report_link WHERE report_id = :id ORDER BY position")
    List<String> links(@Bind("id") String reportId);

    @SqlQuery("""
            SELECT position, display_name, media_type, size_bytes, sha256, clean_sha256, clean_size_bytes, metadata_removed,
                   clean_refusal
            FROM evidence WHERE report_id = :id ORDER BY position""")
    @RegisterConstructorMapper(EvidenceRow.class)
    List<EvidenceRow> evidence(@Bind("id") String reportId);

    /** The clean copy staff download by default; empty for a file that could not be cleaned. */
    @SqlQuery("SELECT " + CONTENT_OF + ", clean_content AS content FROM evidence"
            + " WHERE report_id = :id AND position = :position AND clean_content IS NOT NULL")
    @RegisterConstructorMapper(EvidenceContent.class)
    Optional<EvidenceContent> evidenceContent(@Bind("id") String reportId, @Bind("position") int position);

    /** The file exactly as the reporter sent it: for the DSL and the eSafety officer, with a reason. */
    @SqlQuery("SELECT " + CONTENT_OF + ", content FROM evidence WHERE report_id = :id AND position = :position")
    @RegisterConstructorMapper(EvidenceContent.class)
    Optional<EvidenceContent> originalContent(@Bind("id") String reportId, @Bind("position") int position);
}
