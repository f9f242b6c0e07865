package org.esafetyhub.report;

import org.jdbi.v3.core.Jdbi;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The receipt a reporter keeps: a small text with the reference, the follow-up code and a proof of
 * submission, an HMAC-SHA-256 under the service's receipt key over the reference, the minute the
 * report was received and the SHA-256 of the report as submitted (see {@link SubmittedReport}).
 * A receipt is genuine only when it is exactly the text this service wrote, character for character.
 */
public final class Receipts {

    static final int MAX_LENGTH = 2_000;

    private static final Pattern FIELDS = Pattern.compile("""
            (?s)^eSafety Hub receipt\\n\
            Reference: (?<reference>CB-[A-Z0-9]{4}-[A-Z0-9]{4})\\n\
            Follow-up code: (?<code>[A-Z0-9-]{19})\\n\
            Sent: (?<minute>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d) UTC\\n\
            Report SHA-256: (?<sha>[0-9a-f]{64})\\n\
            Proof: (?<proof>[0-9a-f]{64})\\n.*""");

    record Verdict(boolean genuine, boolean unchanged, String reference) {
    }

    private final byte[] key;
    private final Codes codes;
    private final Jdbi jdbi;
    private final String siteUrl;

    public Receipts(ReceiptKey key, Codes codes, Jdbi jdbi, String siteUrl) {
        this.key = key.secret();
        this.codes = codes;
        this.jdbi = jdbi;
        this.siteUrl = siteUrl.replaceAll("/+$", "");
    }

    String text(String reference, String followUpCode, String minute, String reportSha256) {
        return "eSafety Hub receipt\n"
                + "Reference: " + reference + "\n"
                + "Follow-up code: " + followUpCode + "\n"
                + "Sent: " + minute + " UTC\n"
                + "Report SHA-256: " + reportSha256 + "\n"
                + "Proof: " + proof(reference, minute, reportSha256) + "\n"
                + "\n"
                + "This receipt proves that the report was sent. It holds nothing of what the report says.\n"
                + "Keep it private: with the reference and the follow-up code anyone can read the school's replies.\n"
                + "The code cannot be recovered if it is lost.\n"
                + "Check this receipt at " + siteUrl + "/report/verify/\n";
    }

    /**
     * Whether the text is a receipt this service wrote, unchanged, for a report it holds with that
     * follow-up code; and whether the report stored now still hashes to what was submitted.
     */
    Verdict verify(String pasted) {
        var text = pasted == null ? "" : pasted.replace("\r\n", "\n").strip() + "\n";
        var fields = FIELDS.matcher(text);
        if (text.length() > MAX_LENGTH || !fields.matches()) {
            return new Verdict(false, false, "");
        }
        var reference = fields.group("reference");
        var minute = fields.group("minute");
        var sha = fields.group("sha");
        boolean signed = MessageDigest.isEqual(proof(reference, minute, sha).getBytes(StandardCharsets.US_ASCII),
                fields.group("proof").getBytes(StandardCharsets.US_ASCII));
        if (!signed || !text.equals(text(reference, fields.group("code"), minute, sha))) {
            return new Verdict(false, false, reference);
        }
        var report = jdbi.withExtension(ReportStore.class, store -> store.find(reference));
        if (report.isEmpty()) {
            // signed by this service, but the report is no longer held (deleted after its retention period)
            return new Verdict(true, false, reference);
        }
        if (!codes.matches(fields.group("code"), report.get().followUpHash())) {
            return new Verdict(false, false, reference);
        }
        var now = jdbi.withExtension(ReportStore.class, store -> SubmittedReport.stored(store, report.get().id()));
        boolean unchanged = minute.equals(report.get().receivedMinute()) && sha.equals(report.get().submittedSha256())
                && now.map(SubmittedReport::sha256).filter(sha::equals).isPresent();
        return new Verdict(true, unchanged, reference);
    }

    private String proof(String reference, String minute, String reportSha256) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            var message = reference + "\n" + minute + "\n" + reportSha256;
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
