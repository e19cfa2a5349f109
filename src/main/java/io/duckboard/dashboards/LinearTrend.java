package io.duckboard.dashboards;

import java.util.List;

/**
 * Ordinary least squares of y on x = 0, 1, 2 …: the slope with its 95 % confidence interval, and the
 * fitted line with a 95 % confidence band for the mean. The t quantile comes from the table for
 * fewer than 10 degrees of freedom and from the Cornish-Fisher expansion above (error below 0.0003).
 */
public record LinearTrend(double intercept, double slope, double slopeHalfWidth, double residualSd, int n,
                          double meanX, double sxx, double tQuantile) {

    public static LinearTrend fit(List<Double> y) {
        int n = y.size();
        if (n < 3) {
            throw new IllegalArgumentException("a trend needs at least 3 points, got " + n);
        }
        double meanX = (n - 1) / 2.0;
        double meanY = y.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (i - meanX) * (i - meanX);
            sxy += (i - meanX) * (y.get(i) - meanY);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double residual = y.get(i) - (intercept + slope * i);
            ssr += residual * residual;
        }
        double residualSd = Math.sqrt(ssr / (n - 2));
        double t = tQuantile975(n - 2);
        return new LinearTrend(intercept, slope, t * residualSd / Math.sqrt(sxx), residualSd, n, meanX, sxx, t);
    }

    public double at(int x) {
        return intercept + slope * x;
    }

    /** Half-width of the 95 % confidence band of the fitted mean at x. */
    public double bandAt(int x) {
        return tQuantile * residualSd * Math.sqrt(1.0 / n + (x - meanX) * (x - meanX) / sxx);
    }

    private static final double[] SMALL_DF = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622};

    public static double tQuantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 10) {
            return SMALL_DF[degreesOfFreedom - 1];
        }
        double z = 1.959963984540054;
        double v = degreesOfFreedom;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
    }
}
