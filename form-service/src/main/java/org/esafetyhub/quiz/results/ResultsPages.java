package org.esafetyhub.quiz.results;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.staff.StaffPages;
import org.esafetyhub.quiz.ClassCodes;
import org.esafetyhub.quiz.QuizResults;
import org.esafetyhub.quiz.QuizStatistics;
import org.esafetyhub.quiz.StrandFacility;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quiz results pages of the staff area. */
public final class ResultsPages {

    private final PageRenderer renderer;
    private final StaffPages staffPages;
    private final Map<String, String> academies = new LinkedHashMap<>();

    public ResultsPages(PageRenderer renderer, StaffPages staffPages, Trust trust) {
        this.renderer = renderer;
        this.staffPages = staffPages;
        trust.academies().forEach(a -> academies.put(a.slug(), a.name()));
    }

    String list(StaffSessions.SignedIn staff, List<QuizResults.QuizRow> quizzes) {
        return renderer.render("staff/results.ftl", "/staff/results", "Quiz results",
                Map.of("staff", staffPages.staffModel(staff), "quizzes", quizzes));
    }

    String quiz(StaffSessions.SignedIn staff, String quizId, QuizResults.Report report, ResultsFilter filter,
                List<ClassCodes.ClassCode> classes) {
        var values = common(staff, filter, classes);
        values.put("quizId", quizId);
        values.put("report", report == null ? "" : report);
        if (report != null) {
            values.put("chart", ScoreChart.of(report.summary().distribution()));
            values.put("smallSampleBelow", QuizStatistics.SMALL_SAMPLE);
            var versionQuery = "version=" + report.version() + (filter.query().isEmpty() ? "" : "&" + filter.query());
            values.put("versionQuery", versionQuery);
        }
        var title = report == null ? "Quiz results" : "Results: " + report.quiz().title();
        return renderer.render("staff/results-quiz.ftl", "/staff/results/" + quizId, title, values);
    }

    String strands(StaffSessions.SignedIn staff, StrandFacility.Table table, ResultsFilter filter) {
        var values = common(staff, filter, List.of());
        values.put("table", table == null ? "" : table);
        return renderer.render("staff/results-strands.ftl", "/staff/results/strands", "Facility by strand and age band", values);
    }

    private Map<String, Object> common(StaffSessions.SignedIn staff, ResultsFilter filter, List<ClassCodes.ClassCode> classes) {
        var values = new HashMap<String, Object>();
        var staffModel = staffPages.staffModel(staff);
        values.put("staff", staffModel);
        values.put("typed", filter.typed());
        values.put("errors", filter.errors());
        values.put("filterQuery", filter.query());
        values.put("allAcademies", staff.scope().everyAcademy());
        values.put("academies", academies);
        var classOptions = new LinkedHashMap<String, String>();
        classes.forEach(c -> classOptions.put(c.code(), c.label() + " (" + c.code() + ")"));
        values.put("classOptions", classOptions);
        return values;
    }
}
