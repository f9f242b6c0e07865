package org.esafetyhub.activity;

import java.util.List;

/**
 * One lesson's activities and its "What to do if it happens to you" steps, as its
 * {@code <lesson>.activities.yaml} holds them once checked. Nothing here says which choice is best:
 * each choice's feedback says so in words.
 *
 * @param lessonUrl where the lesson's page is published, such as {@code /lessons/jokes-that-hurt/}
 */
record LessonActivities(String lesson, String lessonUrl, List<Activity> activities, List<String> ifItHappens) {

    /**
     * @param kindLabel what the page calls the kind ("Sort it")
     * @param with      who does it, such as "on your own or with a partner"; null when not said
     */
    record Activity(String id, String kind, String kindLabel, String title, String with, String intro, List<Item> items) {
    }

    record Item(String id, String text, List<Choice> choices) {
    }

    record Choice(String text, String feedback) {
    }
}
