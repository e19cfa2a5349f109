package io.duckboard.dashboards;

/**
 * Tail probabilities for the tests the dashboards state: Student's t (through the regularized
 * incomplete beta function) and chi-square (through the regularized upper incomplete gamma
 * function), both by the classic continued-fraction and series expansions, to about 1e-10.
 */
public final class Distributions {

    private static final int ITERATIONS = 300;
    private static final double EPSILON = 1e-14;
    private static final double TINY = 1e-300;

    private Distributions() {
    }

    /** P(|T| ≥ |t|) for Student's t with {@code df} degrees of freedom. */
    public static double twoSidedTailT(double t, double df) {
        double x = df / (df + t * t);
        return regularizedBeta(x, df / 2, 0.5);
    }

    /** P(X ≥ x) for chi-square with {@code df} degrees of freedom. */
    public static double upperTailChiSquare(double x, double df) {
        if (x <= 0) {
            return 1.0;
        }
        return regularizedGammaQ(df / 2, x / 2);
    }

    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < TINY ? TINY : d);
        double h = d;
        for (int m = 1; m <= ITERATIONS; m++) {
            int m2 = 2 * m;
            double numerator = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + numerator * d;
            c = 1 + numerator / c;
            d = 1 / (Math.abs(d) < TINY ? TINY : d);
            c = Math.abs(c) < TINY ? TINY : c;
            h *= d * c;
            numerator = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + numerator * d;
            c = 1 + numerator / c;
            d = 1 / (Math.abs(d) < TINY ? TINY : d);
            c = Math.abs(c) < TINY ? TINY : c;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }

    static double regularizedGammaQ(double a, double x) {
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n <= ITERATIONS; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                    break;
                }
            }
            return 1 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** Lanczos approximation of ln Γ(x) for x > 0. */
    static double logGamma(double x) {
        double[] g = {676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = 0.99999999999980993;
        for (int i = 0; i < g.length; i++) {
            sum += g[i] / (z + i + 1);
        }
        double t = z + g.length - 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
