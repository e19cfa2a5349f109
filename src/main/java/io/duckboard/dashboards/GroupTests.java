package io.duckboard.dashboards;

/** Two-group comparisons with effect sizes, as the Weekend effect view states them. */
public final class GroupTests {

    private GroupTests() {
    }

    /** Welch's t-test: t, Welch–Satterthwaite degrees of freedom, two-sided p, Cohen's d (pooled sd). */
    public record Welch(double difference, double t, double df, double p, double cohensD) {
    }

    /** Chi-square test of independence: statistic, degrees of freedom, p, Cramér's V. */
    public record ChiSquare(double chiSquare, int df, double p, double cramersV) {
    }

    public static Welch welch(long n1, double mean1, double variance1, long n2, double mean2, double variance2) {
        double se1 = variance1 / n1;
        double se2 = variance2 / n2;
        double t = (mean1 - mean2) / Math.sqrt(se1 + se2);
        double df = (se1 + se2) * (se1 + se2) / (se1 * se1 / (n1 - 1) + se2 * se2 / (n2 - 1));
        double pooled = Math.sqrt(((n1 - 1) * variance1 + (n2 - 1) * variance2) / (n1 + n2 - 2));
        return new Welch(mean1 - mean2, t, df, Distributions.twoSidedTailT(t, df), (mean1 - mean2) / pooled);
    }

    public static ChiSquare chiSquare(long[][] table) {
        int rows = table.length;
        int columns = table[0].length;
        double total = 0;
        double[] rowSums = new double[rows];
        double[] columnSums = new double[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                rowSums[r] += table[r][c];
                columnSums[c] += table[r][c];
                total += table[r][c];
            }
        }
        double statistic = 0;
        int usedColumns = 0;
        for (int c = 0; c < columns; c++) {
            if (columnSums[c] == 0) {
                continue;
            }
            usedColumns++;
            for (int r = 0; r < rows; r++) {
                double expected = rowSums[r] * columnSums[c] / total;
                statistic += (table[r][c] - expected) * (table[r][c] - expected) / expected;
            }
        }
        int df = (rows - 1) * (usedColumns - 1);
        double v = Math.sqrt(statistic / (total * Math.min(rows - 1, usedColumns - 1)));
        return new ChiSquare(statistic, df, Distributions.upperTailChiSquare(statistic, df), v);
    }

    /** "a negligible / small / medium / large effect" by Cohen's conventional thresholds. */
    public static String size(double effect, double small, double medium, double large) {
        double magnitude = Math.abs(effect);
        return magnitude < small ? "a negligible effect" : magnitude < medium ? "a small effect"
                : magnitude < large ? "a medium effect" : "a large effect";
    }

    /** p as people read it: {@code p < 0.001} or {@code p = 0.023}. */
    public static String p(double p) {
        return p < 0.001 ? "p < 0.001" : "p = %.3f".formatted(p);
    }
}
