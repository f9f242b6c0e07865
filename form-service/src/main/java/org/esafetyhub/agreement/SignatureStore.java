package org.esafetyhub.agreement;

import org.esafetyhub.account.AcademyScope;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** Signatures of the parents' agreement and staff acceptances of theirs. Signatures are read with their class's label. */
interface SignatureStore {

    String SIGNATURE = """
            SELECT s.id, s.academy_slug, s.class_code, c.label AS class_label, s.child_name, s.signer_name, s.relationship,
                   s.typed_signature, s.version, s.signed_at, s.on_paper
            FROM agreement_signature s JOIN class_code c ON c.code = s.class_code""";

    @SqlUpdate("""
            INSERT INTO agreement_signature (id, academy_slug, class_code, child_name, signer_name, relationship, typed_signature,
                                             version, signed_at, on_paper, recorded_by)
            VALUES (:id, :academySlug, :classCode, :childName, :signerName, :relationship, :typedSignature,
                    :version, :signedAt, :onPaper, :recordedBy)""")
    void insert(@BindMethods Signature signature, @Bind("recordedBy") String recordedBy);

    @SqlQuery(SIGNATURE + " WHERE s.class_code = :code ORDER BY s.signed_at")
    @RegisterConstructorMapper(Signature.class)
    List<Signature> ofClass(@Bind("code") String classCode);

    @SqlQuery(SIGNATURE + " WHERE (:scope.everyAcademy OR s.academy_slug = :scope.academy) ORDER BY s.signed_at")
    @RegisterConstructorMapper(Signature.class)
    List<Signature> inScope(@BindMethods("scope") AcademyScope scope);

    @SqlQuery(SIGNATURE + " WHERE s.id = :id")
    @RegisterConstructorMapper(Signature.class)
    Optional<Signature> find(@Bind("id") String id);

    @SqlQuery("SELECT COUNT(*) FROM staff_agreement_acceptance WHERE account_id = :account AND version = :version")
    int acceptances(@Bind("account") String accountId, @Bind("version") String version);

    @SqlUpdate("""
            INSERT INTO staff_agreement_acceptance (account_id, version, accepted_at) VALUES (:account, :version, :at)
            ON CONFLICT (account_id, version) DO NOTHING""")
    void accept(@Bind("account") String accountId, @Bind("version") String version, @Bind("at") long atMillis);
}
