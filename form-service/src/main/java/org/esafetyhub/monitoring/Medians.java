package org.esafetyhub.monitoring;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Median times between stored minutes, in words ("2 days 3 hours 5 minutes"). */
final class Medians {

    private Medians() {
    }

    static long minutesBetween(String fromMinute, String toMinute) {
        return Duration.between(LocalDateTime.parse(fromMinute), LocalDateTime.parse(toMinute)).toMinutes();
    }

    /** The middle value; with an even count, the mean of the two middle ones, rounded down to the minute. */
    static long median(List<Long> minutes) {
        var sorted = new ArrayList<>(minutes);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle), 2);
    }

    static String words(long minutes) {
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        var parts = new ArrayList<String>();
        if (days > 0) {
            parts.add(days + (days == 1 ? " day" : " days"));
        }
        if (hours > 0) {
            parts.add(hours + (hours == 1 ? " hour" : " hours"));
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(rest + (rest == 1 ? " minute" : " minutes"));
        }
        return String.join(" ", parts);
    }

    /** @param suppress whether a median over 1 to 4 cases is left out, as the count it is taken over is */
    static Dashboard.Median of(String label, List<Long> minutes, boolean suppress) {
        if (minutes.isEmpty()) {
            return new Dashboard.Median(label, "0", "none yet");
        }
        if (suppress && Suppression.small(minutes.size())) {
            return new Dashboard.Median(label, CountTable.HIDDEN, "not shown: fewer than 5 cases");
        }
        return new Dashboard.Median(label, String.valueOf(minutes.size()), words(median(minutes)));
    }
}
