package org.esafetyhub.agreement;

import org.esafetyhub.csv.Csv;

import java.util.List;
import java.util.stream.Stream;

/** A class's sheet as CSV: one row a child, by their latest signature; typed text guarded as in every CSV of the service. */
public final class SignaturesCsv {

    private SignaturesCsv() {
    }

    public static String of(List<Signatures.ChildRow> rows) {
        var header = Stream.of(List.of("child", "class", "class code", "signed by", "relationship", "version", "status",
                "signed on (UTC)", "how", "signature id"));
        var lines = rows.stream().map(row -> {
            var s = row.latest();
            return List.of(s.childName(), s.classLabel(), s.classCode(), s.signerName(), s.relationship(), s.version(),
                    row.current() ? "signed the current version" : "signed an older version", s.signedOn(),
                    s.onPaper() ? "on paper" : "online", s.id());
        });
        return Csv.of(Stream.concat(header, lines));
    }
}
