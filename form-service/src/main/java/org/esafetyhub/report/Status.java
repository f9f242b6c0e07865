package org.esafetyhub.report;

/** Where a case stands, with the plain words a reporter reads on the follow-up page. */
enum Status {
    RECEIVED("Received", "Your report has arrived and is waiting to be read by the school's safeguarding lead."),
    TRIAGED("Being looked at", "The school's safeguarding lead has read your report and is deciding what to do."),
    IN_PROGRESS("Action taken", "The school is acting on your report."),
    CLOSED("Closed", "The school has finished working on this report.");

    final String label;
    final String explanation;

    Status(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }
}
