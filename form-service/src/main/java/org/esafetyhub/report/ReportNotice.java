package org.esafetyhub.report;

import org.esafetyhub.trust.Academy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The e-mail that tells an academy's DSL a report has arrived: its reference, urgency and kind,
 * never what it says, because e-mail is easily forwarded and read on shared screens.
 */
record ReportNotice(String recipient, String subject, String body) {

    static ReportNotice of(Academy academy, String reference, boolean urgent, List<String> categories) {
        var kinds = categories.stream().map(ReportChoices.CATEGORIES::get).collect(Collectors.joining("; "));
        var subject = (urgent ? "URGENT: new report " : "New report ") + reference;
        var body = String.join("\n",
                "A new report has arrived for " + academy.name() + ".",
                "",
                "Reference: " + reference,
                "Urgent: " + (urgent ? "yes - the reporter said someone may be in danger now" : "no"),
                "What it is about: " + kinds,
                "",
                "This e-mail holds no details of the report, to keep the person who made it safe.",
                "Sign in to eSafety Hub to read it.");
        return new ReportNotice(academy.dsl().email(), subject, body);
    }
}
