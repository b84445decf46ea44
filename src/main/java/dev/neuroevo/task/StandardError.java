package dev.neuroevo.task;

/**
 * The standard error of a mean of independent draws: their sample standard deviation (n - 1 in
 * the denominator) over the square root of n; NaN for fewer than two draws, which give no spread.
 */
public final class StandardError {
    private StandardError() {
    }

    /** The standard error of the mean of the first {@code n} values. */
    public static double ofMean(double[] values, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += values[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(ss / (n - 1) / n);
    }

    /** The standard error of a proportion {@code p} measured on {@code n} rows: sqrt(p (1 - p) / n). */
    public static double ofProportion(double p, long n) {
        return n < 1 ? Double.NaN : Math.sqrt(p * (1 - p) / n);
    }
}
