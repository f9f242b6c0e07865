package org.esafetyhub.activity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of activity, as a file names them and as the page labels them. */
enum Kind {
    SORT("sort", "Sort it"),
    CHOOSE("choose", "Choose"),
    WHAT_WOULD_YOU_DO("what-would-you-do", "What would you do?");

    final String name;
    final String label;

    Kind(String name, String label) {
        this.name = name;
        this.label = label;
    }

    static Optional<Kind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name.equals(name)).findFirst();
    }

    /** "sort, choose or what-would-you-do", for messages. */
    static String names() {
        var names = Arrays.stream(values()).map(kind -> kind.name).toList();
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }
}
