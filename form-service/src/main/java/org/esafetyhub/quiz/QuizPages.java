package org.esafetyhub.quiz;

import org.esafetyhub.data.DataFile;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The service's quiz pages: the form again (with errors and the answers kept), and the results. */
final class QuizPages {

    private QuizPages() {
    }

    static String form(PageRenderer pages, Quiz quiz, Trust trust, Map<String, String> errors,
                       Map<String, Set<String>> answers, String academy, String classCode, String stage, String notice) {
        var values = new HashMap<String, Object>();
        values.put("quiz", DataFile.asTemplateModel(quiz.withoutAnswers()));
        values.put("errors", errors);
        values.put("answers", answers.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
        values.put("academy", academy == null ? "" : academy);
        values.put("classCode", classCode == null ? "" : classCode);
        values.put("stage", stage);
        values.put("notice", notice == null ? "" : notice);
        return pages.render("service/quiz.ftl", quiz.formUrl(), quiz.title(), values);
    }

    static String result(PageRenderer pages, Quiz quiz, Marking.Result result) {
        return pages.render("service/quiz-result.ftl", quiz.formUrl(), "Your quiz results",
                Map.of("quiz", DataFile.asTemplateModel(quiz.withoutAnswers()),
                        "result", DataFile.asTemplateModel(result)));
    }
}
