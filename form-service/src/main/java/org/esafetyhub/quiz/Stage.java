package org.esafetyhub.quiz;

import java.util.Optional;

/** When a pupil took a quiz: as a baseline before the lesson, or as its endpoint after it. */
enum Stage {
    BEFORE, AFTER;

    /** The value stored and sent: {@code before} or {@code after}. */
    String value() {
        return name().toLowerCase();
    }

    /** Blank means after the lesson, where the quiz sits; anything else but before or after is not a stage. */
    static Optional<Stage> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(AFTER);
        }
        return switch (value.strip()) {
            case "before" -> Optional.of(BEFORE);
            case "after" -> Optional.of(AFTER);
            default -> Optional.empty();
        };
    }
}
