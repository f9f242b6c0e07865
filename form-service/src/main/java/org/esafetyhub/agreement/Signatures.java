package org.esafetyhub.agreement;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.db.RandomIds;
import org.esafetyhub.quiz.ClassCodes;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Parents' signatures of the agreement, per class, and staff acceptances of the staff agreement. A class's
 * sheet lists each child once, by their latest signature: of the current version, or of an older one.
 */
public final class Signatures {

    /** A child of a class as the sheet shows them. */
    public record ChildRow(Signature latest, boolean current) {
    }

    /** A class with how many of its children have signed the current version, and how many only an older one. */
    public record ClassSummary(String code, String academySlug, String label, int current, int older) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public Signatures(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @param recordedBy the member of staff who recorded a paper signature; null when signed online */
    public Signature record(ClassCodes.ClassCode inClass, SigningForm form, String version, String recordedBy) {
        var signature = new Signature(RandomIds.uuid(), inClass.academySlug(), inClass.code(), inClass.label(),
                form.childName(), form.signerName(), form.relationship(), form.typedSignature(), version, clock.millis(),
                recordedBy != null);
        jdbi.useExtension(SignatureStore.class, store -> store.insert(signature, recordedBy));
        return signature;
    }

    public Optional<Signature> find(String id) {
        return jdbi.withExtension(SignatureStore.class, store -> store.find(id));
    }

    public List<Signature> ofClass(String classCode) {
        return jdbi.withExtension(SignatureStore.class, store -> store.ofClass(classCode));
    }

    public List<ChildRow> sheet(String classCode, String currentVersion) {
        return rows(ofClass(classCode), currentVersion);
    }

    public List<ClassSummary> summaries(List<ClassCodes.ClassCode> classes, AcademyScope scope, String currentVersion) {
        var signatures = jdbi.withExtension(SignatureStore.class, store -> store.inScope(scope));
        var byClass = new LinkedHashMap<String, List<Signature>>();
        signatures.forEach(s -> byClass.computeIfAbsent(s.classCode(), code -> new ArrayList<>()).add(s));
        return classes.stream().map(c -> {
            var rows = rows(byClass.getOrDefault(c.code(), List.of()), currentVersion);
            int current = (int) rows.stream().filter(ChildRow::current).count();
            return new ClassSummary(c.code(), c.academySlug(), c.label(), current, rows.size() - current);
        }).toList();
    }

    /** Each child once: current if any of their signatures is of the current version, else by their latest. */
    private static List<ChildRow> rows(List<Signature> oldestFirst, String currentVersion) {
        var byChild = new LinkedHashMap<String, ChildRow>();
        for (var signature : oldestFirst) {
            var before = byChild.get(signature.childKey());
            if (before == null || !before.current() || signature.isOf(currentVersion)) {
                byChild.put(signature.childKey(), new ChildRow(signature, signature.isOf(currentVersion)));
            }
        }
        return byChild.values().stream().sorted(java.util.Comparator.comparing(row -> row.latest().childKey())).toList();
    }

    public boolean accepted(String accountId, String version) {
        return jdbi.withExtension(SignatureStore.class, store -> store.acceptances(accountId, version)) > 0;
    }

    public void accept(String accountId, String version) {
        jdbi.useExtension(SignatureStore.class, store -> store.accept(accountId, version, clock.millis()));
    }
}
