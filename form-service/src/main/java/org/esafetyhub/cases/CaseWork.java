package org.esafetyhub.cases;

import org.esafetyhub.account.StaffAccount;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import org.esafetyhub.alerts.ReplyAlerts;
import org.esafetyhub.report.MessageStore;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The changes staff make to a case, each checked first; a change returns the problems by form
 * field, or none when it was made. Case statuses keep the values the reporter's page reads.
 */
public final class CaseWork {

    static final int MAX_TEXT = 5_000;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    private final Jdbi jdbi;
    private final Cases cases;
    private final Checklist checklist;
    private final Clock clock;
    private final ReplyAlerts alerts;

    public CaseWork(Jdbi jdbi, Cases cases, Checklist checklist, Clock clock, ReplyAlerts alerts) {
        this.jdbi = jdbi;
        this.cases = cases;
        this.checklist = checklist;
        this.clock = clock;
        this.alerts = alerts;
    }

    /** The case if this member of staff may change it: 404 outside what they see, 403 for the officer, who reads only. */
    CaseStore.Detail changeable(StaffAccount staff, String reference) {
        var report = cases.get(staff, reference);
        if (!staff.role().changesCases()) {
            throw new ForbiddenResponse("The trust's eSafety officer reads cases; the academy's DSL or Principal changes them");
        }
        return report;
    }

    /** Chooses the policy sections whose checklists apply; on a triaged case, adds a section not chosen yet. */
    Map<String, String> triage(StaffAccount staff, CaseStore.Detail report, List<String> sections) {
        var errors = new LinkedHashMap<String, String>();
        if (sections.isEmpty() || !sections.stream().allMatch(checklist::offers)) {
            errors.put("sections", "Choose which part of the policy applies: section 4, section 5 or both");
        }
        if (refusedWhenClosed(report, errors) || !errors.isEmpty()) {
            return errors;
        }
        jdbi.useTransaction(handle -> {
            var store = handle.attach(CaseWorkStore.class);
            store.triage(report.id(), report.academySlug(), minute());
            var chosen = store.actions(report.id()).stream().map(CaseWorkStore.Action::section).toList();
            var added = sections.stream().filter(section -> !chosen.contains(section)).toList();
            store.addActions(checklist.actionsOf(report.id(), added), report.academySlug());
            store.addActions(checklist.supportOf(report.id()), report.academySlug());
        });
        return errors;
    }

    /** Records one action of the checklist as done (a note is optional) or not applicable (a reason is required). */
    Map<String, String> record(StaffAccount staff, CaseStore.Detail report, String number, String state, String note) {
        var errors = new LinkedHashMap<String, String>();
        var action = jdbi.withExtension(CaseWorkStore.class, store -> store.actions(report.id())).stream()
                .filter(a -> a.number().equals(number)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("This case's checklist has no action " + number));
        var field = "note-" + action.fieldId();
        if (refusedWhenClosed(report, errors)) {
            return errors;
        }
        if (!action.open()) {
            errors.put(field, "Action " + number + " was already recorded by " + action.recordedBy() + " at " + action.when());
        } else if (!"DONE".equals(state) && !"NOT_APPLICABLE".equals(state)) {
            errors.put(field, "Choose whether action " + number + " is done or does not apply");
        } else if ("NOT_APPLICABLE".equals(state) && note.isEmpty()) {
            errors.put(field, "Give the reason action " + number + " does not apply to this case");
        } else if (note.length() > MAX_TEXT) {
            errors.put(field, tooLong("The note", note));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        jdbi.useTransaction(handle -> {
            var store = handle.attach(CaseWorkStore.class);
            store.record(report.id(), report.academySlug(), number, state, note.isEmpty() ? null : note, staff.id(), clock.millis());
            if ("DONE".equals(state)) {
                store.actionTaken(report.id(), report.academySlug());
            }
        });
        return errors;
    }

    /** Closes a triaged case with an outcome and a note; refused, naming each one, while an action is open. */
    Map<String, String> close(StaffAccount staff, CaseStore.Detail report, String outcome, String note) {
        var errors = new LinkedHashMap<String, String>();
        if (refusedWhenClosed(report, errors)) {
            return errors;
        }
        if ("RECEIVED".equals(report.status())) {
            errors.put("sections", "Triage the case before closing it: choose which part of the policy applies");
            return errors;
        }
        jdbi.withExtension(CaseWorkStore.class, store -> store.actions(report.id())).stream()
                .filter(a -> a.open() && !a.support())
                .forEach(a -> errors.put("note-" + a.fieldId(), "Action " + a.number() + ", " + a.label()
                        + ", is still open: mark it done or not applicable"));
        if (!CaseWords.OUTCOMES.containsKey(outcome)) {
            errors.put("outcome", "Choose the outcome of the case");
        }
        if (note.isEmpty()) {
            errors.put("outcome-note", "Say in a few words how the case ended");
        } else if (note.length() > MAX_TEXT) {
            errors.put("outcome-note", tooLong("The note", note));
        }
        if (errors.isEmpty() && !jdbi.inTransaction(handle -> closeAndForget(handle, report, outcome, note))) {
            errors.put("case", "The case changed while you were closing it: check it and try again");
        }
        return errors;
    }

    /** Closes the case and, in the same transaction, deletes the reporter's reply-alert address. */
    private boolean closeAndForget(org.jdbi.v3.core.Handle handle, CaseStore.Detail report, String outcome, String note) {
        if (handle.attach(CaseWorkStore.class).close(report.id(), report.academySlug(), minute(), outcome, note) == 0) {
            return false;
        }
        alerts.forget(handle, report.id());
        return true;
    }

    /** A message to the reporter, who reads it on the follow-up page and is e-mailed an alert if they asked for one. */
    Map<String, String> message(StaffAccount staff, CaseStore.Detail report, String body) {
        var errors = text("message", body, "Write the message to the person who reported");
        if (errors.isEmpty()) {
            jdbi.useTransaction(handle -> {
                handle.attach(MessageStore.class).lockReport(report.id());
                handle.attach(MessageStore.class).addMessage(UUID.randomUUID().toString(), report.id(),
                        MessageStore.Author.STAFF.name(), body, minute());
                alerts.staffReplied(handle, report.id(), report.academySlug());
            });
        }
        return errors;
    }

    /** A note for staff only: the reporter never sees it. */
    Map<String, String> note(StaffAccount staff, CaseStore.Detail report, String body) {
        var errors = text("internal-note", body, "Write the note");
        if (errors.isEmpty()) {
            jdbi.useExtension(CaseWorkStore.class, store -> store.addNote(UUID.randomUUID().toString(), report.id(),
                    report.academySlug(), staff.id(), body, clock.millis()));
        }
        return errors;
    }

    /** Gives the case to a DSL or Principal of its academy. */
    Map<String, String> assign(StaffAccount staff, CaseStore.Detail report, String assignee) {
        var errors = new LinkedHashMap<String, String>();
        if (refusedWhenClosed(report, errors)) {
            return errors;
        }
        if (jdbi.withExtension(CaseWorkStore.class, store -> store.assign(report.id(), report.academySlug(), assignee)) == 0) {
            errors.put("assignee", "Choose the DSL or Principal of this academy who will lead the case");
        }
        return errors;
    }

    private static boolean refusedWhenClosed(CaseStore.Detail report, Map<String, String> errors) {
        if ("CLOSED".equals(report.status())) {
            errors.put("case", "This case is closed: it can no longer be changed");
        }
        return !errors.isEmpty();
    }

    private static Map<String, String> text(String field, String body, String whenEmpty) {
        var errors = new LinkedHashMap<String, String>();
        if (body.isEmpty()) {
            errors.put(field, whenEmpty);
        } else if (body.length() > MAX_TEXT) {
            errors.put(field, tooLong("The text", body));
        }
        return errors;
    }

    private static String tooLong(String what, String text) {
        return what + " must be " + MAX_TEXT + " characters or fewer (it has " + text.length() + ")";
    }

    private String minute() {
        return MINUTE.format(clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }
}
