package org.esafetyhub.training;

import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.staff.StaffPages;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The staff training pages: the course and one's own records, the quiz, its result, a record, the matrix. */
public final class TrainingPages {

    private final PageRenderer renderer;
    private final StaffPages pages;
    private final Trust trust;

    public TrainingPages(PageRenderer renderer, StaffPages pages, Trust trust) {
        this.renderer = renderer;
        this.pages = pages;
        this.trust = trust;
    }

    String overview(StaffSessions.SignedIn staff, TrainingCourse course, TrainingStatus status, List<TrainingStore.Completion> completions) {
        var values = common(staff);
        values.put("course", courseModel(course));
        values.put("status", statusModel(status));
        values.put("completions", completions);
        values.put("readsMatrix", TrainingRecords.readsMatrix(staff.account()));
        return renderer.render("staff/training.ftl", "/staff/training", "Training", values);
    }

    /** @param answers what was chosen, by question id, kept when the form comes back with problems */
    String quiz(StaffSessions.SignedIn staff, TrainingCourse course, Map<String, String> errors, Map<String, Set<String>> answers,
                String notice) {
        var values = common(staff);
        values.put("course", courseModel(course));
        values.put("quiz", course.quizModel());
        values.put("errors", errors);
        values.put("answers", answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
        values.put("notice", notice);
        return renderer.render("staff/training-quiz.ftl", "/staff/training/quiz", "Training quiz", values);
    }

    String result(StaffSessions.SignedIn staff, TrainingCourse course, TrainingCourse.Marked marked, TrainingStore.Completion completion) {
        var values = common(staff);
        values.put("course", courseModel(course));
        values.put("result", marked.model());
        values.put("completion", completion);
        return renderer.render("staff/training-result.ftl", "/staff/training/quiz", "Your training result", values);
    }

    String record(StaffSessions.SignedIn staff, TrainingStore.Completion completion, StaffAccount member) {
        var values = common(staff);
        values.put("completion", completion);
        values.put("member", Map.of("name", member.name(), "email", member.email(), "role", member.role().label));
        values.put("academyName", completion.academySlug() == null ? "No academy (trust-wide)"
                : pages.academyNames().getOrDefault(completion.academySlug(), completion.academySlug()));
        return renderer.render("staff/training-record.ftl", "/staff/training/records/" + completion.id(), "Training record", values);
    }

    String matrix(StaffSessions.SignedIn staff, TrainingMatrix matrix, String reminded) {
        var values = common(staff);
        values.put("officer", staff.scope().everyAcademy());
        values.put("academy", matrix.academySlug() == null ? "" : matrix.academySlug());
        values.put("academyNames", pages.academyNames());
        values.put("rows", matrix.rows().stream().map(TrainingPages::rowModel).toList());
        values.put("counts", matrix.counts().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)));
        values.put("due", matrix.due().size());
        values.put("reminded", reminded);
        return renderer.render("staff/training-matrix.ftl", "/staff/training/matrix", "Training matrix", values);
    }

    private Map<String, Object> common(StaffSessions.SignedIn staff) {
        var values = new HashMap<String, Object>();
        values.put("staff", pages.staffModel(staff));
        values.put("passMark", trust.training().passMark());
        values.put("refresher", refresherWords(trust.training().refresherPeriod()));
        return values;
    }

    /** The refresher period in words, such as "12 months" or "2 years". */
    static String refresherWords(java.time.Period period) {
        long months = period.toTotalMonths();
        if (months > 0 && period.getDays() == 0) {
            return months % 12 == 0 && months > 12 ? months / 12 + " years" : months + (months == 1 ? " month" : " months");
        }
        return period.getDays() + months * 30 + " days";
    }

    static Map<String, Object> courseModel(TrainingCourse course) {
        return Map.of("title", course.title(), "version", course.version(), "pages",
                course.pages().stream().map(p -> Map.of("title", p.title(), "url", p.url())).toList());
    }

    public static Map<String, Object> statusModel(TrainingStatus status) {
        var model = new HashMap<String, Object>();
        model.put("state", status.state().name());
        model.put("label", status.label());
        model.put("dueOn", status.dueOn());
        model.put("lastPass", status.lastPass() == null ? Map.of() : status.lastPass());
        model.put("lastAttempt", status.lastAttempt() == null ? Map.of() : status.lastAttempt());
        return model;
    }

    private static Map<String, Object> rowModel(TrainingMatrix.Row row) {
        var model = statusModel(row.status());
        model.put("member", row.member());
        model.put("role", row.member().role().label);
        return model;
    }
}
