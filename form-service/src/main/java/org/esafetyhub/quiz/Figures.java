package org.esafetyhub.quiz;

import java.util.List;

/**
 * The arithmetic behind the results. Every figure that cannot be computed (no data, or no spread to
 * divide by) is null, shown as "—", never NaN.
 */
final class Figures {

    private Figures() {
    }

    static Double mean(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().mapToDouble(Number::doubleValue).sum() / values.size();
    }

    /** The middle value; with an even count, the mean of the two middle ones. */
    static Double median(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Population variance (divided by n): alpha and the correlation only use ratios of variances, where n cancels. */
    static Double variance(List<? extends Number> values) {
        var mean = mean(values);
        if (mean == null) {
            return null;
        }
        return values.stream().mapToDouble(v -> Math.pow(v.doubleValue() - mean, 2)).sum() / values.size();
    }

    /** Pearson's correlation of paired values; null when either side does not vary. */
    static Double correlation(List<? extends Number> xs, List<? extends Number> ys) {
        if (xs.size() < 2 || xs.size() != ys.size()) {
            return null;
        }
        double meanX = mean(xs);
        double meanY = mean(ys);
        double products = 0;
        double squaresX = 0;
        double squaresY = 0;
        for (int i = 0; i < xs.size(); i++) {
            double dx = xs.get(i).doubleValue() - meanX;
            double dy = ys.get(i).doubleValue() - meanY;
            products += dx * dy;
            squaresX += dx * dx;
            squaresY += dy * dy;
        }
        if (squaresX == 0 || squaresY == 0) {
            return null;
        }
        return products / Math.sqrt(squaresX * squaresY);
    }
}
