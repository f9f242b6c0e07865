package org.esafetyhub.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed answers of the report form, value to label, in the order the form shows them. */
public final class ReportChoices {

    static final Map<String, String> ROLES = ordered(
            "pupil", "A pupil",
            "parent", "A parent or carer",
            "staff", "A member of staff",
            "other", "Someone else");

    /** The forms of cyber-bullying of the policy's section 2, threats (section 5), and anything else. */
    public static final Map<String, String> CATEGORIES = ordered(
            "messages", "Threatening, frightening or upsetting messages",
            "pictures", "Embarrassing or threatening pictures or videos",
            "calls-impersonation", "Silent or abusive calls, or someone pretending to be another person",
            "false-name", "Emails or messages sent under a false name",
            "chat", "Nasty replies in chat rooms, group chats or games",
            "instant-messages", "Unkind instant messages",
            "posts", "Posts on blogs, websites or social networks",
            "threats", "Threats against a pupil or a member of staff",
            "other", "Something else");

    static final Map<String, String> ONGOING = ordered(
            "yes", "Yes, it is still happening",
            "no", "No, it has stopped",
            "unsure", "I am not sure");

    static final Map<String, String> DANGER = ordered(
            "yes", "Yes, someone is in danger now",
            "no", "No");

    private ReportChoices() {
    }

    private static Map<String, String> ordered(String... valuesAndLabels) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return map;
    }
}
