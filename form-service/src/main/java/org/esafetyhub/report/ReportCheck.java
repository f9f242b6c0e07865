package org.esafetyhub.report;

import io.javalin.http.UploadedFile;
import org.esafetyhub.alerts.ReplyAlerts;
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

/** Checks a report and its files; every problem is a plain message for the field it belongs to. */
final class ReportCheck {

    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_LINKS = 10;
    static final int MAX_FILES_PER_REPORT = 20;

    record Checked(Map<String, String> errors, List<EvidenceFile> evidence) {
    }

    private ReportCheck() {
    }

    static Checked check(ReportForm form, List<UploadedFile> files, Trust trust) {
        var errors = new LinkedHashMap<String, String>();
        if (!form.website().isEmpty()) {
            errors.put("website", "Leave the field \u201cLeave this empty\u201d empty");
        }
        if (!ReportChoices.DANGER.containsKey(form.danger())) {
            errors.put("danger", "Say whether anyone is in danger right now");
        }
        if (!ReportChoices.ROLES.containsKey(form.role())) {
            errors.put("role", "Choose who is making this report");
        }
        if (trust.academy(form.academy()).isEmpty()) {
            errors.put("academy", "Choose the school this is about");
        }
        if (form.categories().isEmpty() || !ReportChoices.CATEGORIES.keySet().containsAll(form.categories())) {
            errors.put("category", "Choose what happened, or \u201cSomething else\u201d");
        }
        length(errors, "location", form.location(), 200, "Where it happened");
        length(errors, "started", form.started(), 100, "When it started");
        if (!ReportChoices.ONGOING.containsKey(form.ongoing())) {
            errors.put("ongoing", "Say whether it is still happening");
        }
        if (form.description().isEmpty()) {
            errors.put("description", "Tell us what happened");
        } else {
            length(errors, "description", form.description(), MAX_DESCRIPTION, "What happened");
        }
        length(errors, "involved", form.involved(), 2_000, "Who is involved");
        checkLinks(errors, form.linkList());
        ReplyAlerts.problem(form.replyAlertEmail()).ifPresent(problem -> errors.put(ReplyAlerts.FIELD, problem));
        var evidence = new ArrayList<EvidenceFile>();
        checkFiles(errors, files, evidence);
        return new Checked(errors, evidence);
    }

    private static void length(Map<String, String> errors, String field, String value, int max, String label) {
        if (value.length() > max) {
            errors.put(field, String.format(Locale.UK, "%s must be %,d characters or fewer (it has %,d)", label, max, value.length()));
        }
    }

    private static void checkLinks(Map<String, String> errors, List<String> links) {
        if (links.size() > MAX_LINKS) {
            errors.put("links", "Give no more than " + MAX_LINKS + " links (you gave " + links.size() + ")");
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            var link = links.get(i);
            if (link.length() > 2_000 || !isWebAddress(link)) {
                errors.put("links", "Line " + (i + 1) + " of the links is not a web address: it should start with https:// or http://");
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

    private static void checkFiles(Map<String, String> errors, List<UploadedFile> files, List<EvidenceFile> evidence) {
        // a form sent with no file chosen still carries one empty part
        var chosen = files.stream().filter(f -> f.size() > 0 || !f.filename().isEmpty()).toList();
        if (chosen.size() > EvidenceFile.MAX_FILES) {
            errors.put("evidence", "Choose no more than " + EvidenceFile.MAX_FILES + " files (you chose " + chosen.size() + ")");
            return;
        }
        var problems = new ArrayList<String>();
        for (int i = 0; i < chosen.size(); i++) {
            var file = chosen.get(i);
            var shownName = EvidenceFile.safeName(file.filename(), i + 1, "application/octet-stream");
            if (file.size() > EvidenceFile.MAX_BYTES) {
                problems.add(shownName + " is larger than 10 MB");
                continue;
            }
            var bytes = read(file);
            var type = EvidenceFile.detectType(bytes);
            if (type.isEmpty()) {
                problems.add(shownName + " is not a picture (PNG, JPEG, GIF or WebP) or a PDF");
                continue;
            }
            evidence.add(EvidenceFile.of(EvidenceFile.safeName(file.filename(), i + 1, type.get()), type.get(), bytes));
        }
        if (!problems.isEmpty()) {
            errors.put("evidence", String.join("; ", problems));
        }
    }

    /** A message and files a reporter adds from the follow-up page; a report holds at most 20 files in all. */
    static Checked checkAddition(String message, List<UploadedFile> files, int filesAlready) {
        var errors = new LinkedHashMap<String, String>();
        var evidence = new ArrayList<EvidenceFile>();
        length(errors, "message", message, MAX_DESCRIPTION, "Your message");
        checkFiles(errors, files, evidence);
        if (filesAlready + evidence.size() > MAX_FILES_PER_REPORT) {
            errors.put("evidence", "A report can hold " + MAX_FILES_PER_REPORT + " files, and this one has " + filesAlready);
        }
        if (errors.isEmpty() && message.isEmpty() && evidence.isEmpty()) {
            errors.put("message", "Write a message or choose a file to add");
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
