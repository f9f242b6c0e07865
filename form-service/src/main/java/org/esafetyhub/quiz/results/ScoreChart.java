package org.esafetyhub.quiz.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the score distribution drawn as SVG on the server: one bar a score, each with its
 * count written above it, so that it reads without colour; the same numbers go in a table beside it.
 */
public record ScoreChart(int width, int height, int baseline, List<Bar> bars) {

    public record Bar(int score, int count, int x, int y, int barWidth, int barHeight, int middle) {
    }

    private static final int BAR = 40;
    private static final int GAP = 12;
    private static final int PLOT = 160;
    private static final int TOP = 24;

    static ScoreChart of(List<Integer> distribution) {
        int most = distribution.stream().mapToInt(Integer::intValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        for (int score = 0; score < distribution.size(); score++) {
            int count = distribution.get(score);
            int height = most == 0 ? 0 : Math.round((float) count * PLOT / most);
            int x = GAP + score * (BAR + GAP);
            bars.add(new Bar(score, count, x, TOP + PLOT - height, BAR, height, x + BAR / 2));
        }
        return new ScoreChart(GAP + distribution.size() * (BAR + GAP), TOP + PLOT + 44, TOP + PLOT, List.copyOf(bars));
    }
}
