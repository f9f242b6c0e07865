package org.esafetyhub.staff;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;
import java.util.Optional;

/**
 * Reports as staff see them. Every query takes the academy the member of staff may see, or is the
 * all-academies one that only the trust's eSafety officer is given: scoping is in the SQL.
 */
interface CaseStore {

    String SUMMARY = "id, reference, academy_slug, urgent, status, received_minute";
    String ORDER = " ORDER BY urgent DESC, received_minute, reference";

    record Summary(String id, String reference, String academySlug, boolean urgent, String status, String receivedMinute) {
    }

    record Detail(String id, String reference, String academySlug, String reporterRole, boolean urgent, String location,
                  String started, String ongoing, String description, String peopleInvolved, String status,
                  String receivedMinute) {
    }

    /**
     * @param cleanSha256     the clean copy's hash; null when the file could not be cleaned (cleanRefusal says why)
     * @param metadataRemoved what the clean copy left out, in plain words
     */
    record EvidenceRow(int position, String displayName, String mediaType, long sizeBytes, String sha256,
                       String cleanSha256, Long cleanSizeBytes, String metadataRemoved, String cleanRefusal) {
    }

    record EvidenceContent(String displayName, String mediaType, byte[] content) {
    }

    @SqlQuery("SELECT " + SUMMARY + " FROM report WHERE academy_slug = :academy" + ORDER)
    @RegisterConstructorMapper(Summary.class)
    List<Summary> inAcademy(@Bind("academy") String academy);

    @SqlQuery("SELECT " + SUMMARY + " FROM report" + ORDER)
    @RegisterConstructorMapper(Summary.class)
    List<Summary> everywhere();

    String DETAIL = """
            SELECT id, reference, academy_slug, reporter_role, urgent, location, started, ongoing, description,
                   people_involved, status, received_minute FROM report WHERE reference = :reference""";

    @SqlQuery(DETAIL + " AND academy_slug = :academy")
    @RegisterConstructorMapper(Detail.class)
    Optional<Detail> inAcademy(@Bind("reference") String reference, @Bind("academy") String academy);

    @SqlQuery(DETAIL)
    @RegisterConstructorMapper(Detail.class)
    Optional<Detail> anywhere(@Bind("reference") String reference);

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
    @SqlQuery("""
            SELECT display_name, media_type, clean_content AS content FROM evidence
            WHERE report_id = :id AND position = :position AND clean_content IS NOT NULL""")
    @RegisterConstructorMapper(EvidenceContent.class)
    Optional<EvidenceContent> evidenceContent(@Bind("id") String reportId, @Bind("position") int position);

    /** The file exactly as the reporter sent it: for the DSL and the eSafety officer, with a reason. */
    @SqlQuery("SELECT display_name, media_type, content FROM evidence WHERE report_id = :id AND position = :position")
    @RegisterConstructorMapper(EvidenceContent.class)
    Optional<EvidenceContent> originalContent(@Bind("id") String reportId, @Bind("position") int position);
}
