package org.esafetyhub.report;

import io.javalin.http.UploadedFile;
import org.esafetyhub.alerts.ReplyAlerts;
import org.esafetyhub.language.Words;
import org.esafetyhub.trust.Trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks a report and its files; every problem is a plain message for the field it belongs to, in the reporter's language. */
final class ReportCheck {

    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_LINKS = 10;
    static final int MAX_FILES_PER_REPORT = 20;

    record Checked(Map<String, String> errors, List<EvidenceFile> evidence) {
    }

    private ReportCheck() {
    }

    static Checked check(ReportForm form, List<UploadedFile> files, Trust trust, Words words) {
        var errors = new LinkedHashMap<String, String>();
        if (!form.website().isEmpty()) {
            errors.put("website", words.text("report.error.trap"));
        }
        if (!ReportChoices.DANGER.containsKey(form.danger())) {
            errors.put("danger", words.text("report.error.danger"));
        }
        if (!ReportChoices.ROLES.containsKey(form.role())) {
            errors.put("role", words.text("report.error.role"));
        }
        if (trust.academy(form.academy()).isEmpty()) {
            errors.put("academy", words.text("report.error.academy"));
        }
        if (form.categories().isEmpty() || !ReportChoices.CATEGORIES.keySet().containsAll(form.categories())) {
            errors.put("category", words.text("report.error.category"));
        }
        length(errors, "location", form.location(), 200, "report.error.locationName", words);
        length(errors, "started", form.started(), 100, "report.error.startedName", words);
        if (!ReportChoices.ONGOING.containsKey(form.ongoing())) {
            errors.put("ongoing", words.text("report.error.ongoing"));
        }
        if (form.description().isEmpty()) {
            errors.put("description", words.text("report.error.description"));
        } else {
            length(errors, "description", form.description(), MAX_DESCRIPTION, "report.error.descriptionName", words);
        }
        length(errors, "involved", form.involved(), 2_000, "report.error.involvedName", words);
        checkLinks(errors, form.linkList(), words);
        ReplyAlerts.problem(form.replyAlertEmail()).ifPresent(problem -> errors.put(ReplyAlerts.FIELD, words.text("report.error.replyAlertEmail")));
        var evidence = new ArrayList<EvidenceFile>();
        checkFiles(errors, files, evidence, words);
        return new Checked(errors, evidence);
    }

    private static void length(Map<String, String> errors, String field, String value, int max, String nameKey, Words words) {
        if (value.length() > max) {
            var locale = Locale.forLanguageTag(words.language().htmlLang());
            errors.put(field, words.text("form.error.tooLong", words.text(nameKey), String.format(locale, "%,d", max),
                    String.format(locale, "%,d", value.length())));
        }
    }

    private static void checkLinks(Map<String, String> errors, List<String> links, Words words) {
        if (links.size() > MAX_LINKS) {
            errors.put("links", words.text("report.error.tooManyLinks", MAX_LINKS, links.size()));
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            var link = links.get(i);
            if (link.length() > 2_000 || !isWebAddress(link)) {
                errors.put("links", words.text("report.error.notAWebAddress", i + 1));
                return;
            }
        }
    }

    private static boolean isWebAddress(String link) {
        try {
            var uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkFiles(Map<String, String> errors, List<UploadedFile> files, List<EvidenceFile> evidence,
                                   Words words) {
        // a form sent with no file chosen still carries one empty part
        var chosen = files.stream().filter(f -> f.size() > 0 || !f.filename().isEmpty()).toList();
        if (chosen.size() > EvidenceFile.MAX_FILES) {
            errors.put("evidence", words.text("report.error.tooManyFiles", EvidenceFile.MAX_FILES, chosen.size()));
            return;
        }
        var problems = new ArrayList<String>();
        for (int i = 0; i < chosen.size(); i++) {
            var file = chosen.get(i);
            var shownName = EvidenceFile.safeName(file.filename(), i + 1, "application/octet-stream");
            if (file.size() > EvidenceFile.MAX_BYTES) {
                problems.add(words.text("report.error.fileTooBig", shownName));
                continue;
            }
            var bytes = read(file);
            var type = EvidenceFile.detectType(bytes);
            if (type.isEmpty()) {
                problems.add(words.text("report.error.fileType", shownName));
                continue;
            }
            evidence.add(EvidenceFile.of(EvidenceFile.safeName(file.filename(), i + 1, type.get()), type.get(), bytes));
        }
        if (!problems.isEmpty()) {
            errors.put("evidence", String.join("; ", problems));
        }
    }

    /** A message and files a reporter adds from the follow-up page; a report holds at most 20 files in all. */
    static Checked checkAddition(String message, List<UploadedFile> files, int filesAlready, Words words) {
        var errors = new LinkedHashMap<String, String>();
        var evidence = new ArrayList<EvidenceFile>();
        length(errors, "message", message, MAX_DESCRIPTION, "report.error.messageName", words);
        checkFiles(errors, files, evidence, words);
        if (filesAlready + evidence.size() > MAX_FILES_PER_REPORT) {
            errors.put("evidence", words.text("report.error.reportFull", MAX_FILES_PER_REPORT, filesAlready));
        }
        if (errors.isEmpty() && message.isEmpty() && evidence.isEmpty()) {
            errors.put("message", words.text("report.error.messageOrFile"));
        }
        return new Checked(errors, evidence);
    }

    private static byte[] read(UploadedFile file) {
        try (var in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
