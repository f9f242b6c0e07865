package org.esafetyhub.report;

/**
 * Where a case stands. The plain words a reporter reads on the follow-up page are followUp.status.&lt;NAME&gt; and
 * followUp.status.&lt;NAME&gt;.explanation in data/messages, in the page's language.
 */
enum Status {
    RECEIVED, TRIAGED, IN_PROGRESS, CLOSED
}
