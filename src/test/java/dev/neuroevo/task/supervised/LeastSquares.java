package dev.neuroevo.task.supervised;

/**
 * Ordinary least squares with an intercept, by the normal equations and Gaussian elimination: the
 * tests' independent reference for what a linear regression can reach on a split.
 */
public final class LeastSquares {
    private final double[] coef;

    private LeastSquares(double[] coef) {
        this.coef = coef;
    }

    /** The least-squares fit of the rows' targets on their features and a constant. */
    public static LeastSquares fit(Dataset rows) {
        int p = rows.features() + 1;
        double[][] a = new double[p][p + 1];
        double[] z = new double[p];
        for (int i = 0; i < rows.rows(); i++) {
            z[0] = 1;
            for (int j = 1; j < p; j++) {
                z[j] = rows.value(i, j - 1);
            }
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    a[r][c] += z[r] * z[c];
                }
                a[r][p] += z[r] * rows.target(i);
            }
        }
        for (int k = 0; k < p; k++) {
            int pivot = k;
            for (int r = k + 1; r < p; r++) {
                if (Math.abs(a[r][k]) > Math.abs(a[pivot][k])) {
                    pivot = r;
                }
            }
            double[] t = a[k];
            a[k] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < p; r++) {
                if (r != k) {
                    double f = a[r][k] / a[k][k];
                    for (int c = k; c <= p; c++) {
                        a[r][c] -= f * a[k][c];
                    }
                }
            }
        }
        double[] coef = new double[p];
        for (int k = 0; k < p; k++) {
            coef[k] = a[k][p] / a[k][k];
        }
        return new LeastSquares(coef);
    }

    public double predict(Dataset rows, int i) {
        double y = coef[0];
        for (int j = 1; j < coef.length; j++) {
            y += coef[j] * rows.value(i, j - 1);
        }
        return y;
    }

    /** R² on {@code rows}: 1 - SSE / sum (t - mean t)^2, with these rows' mean. */
    public double r2(Dataset rows) {
        double mean = 0;
        for (int i = 0; i < rows.rows(); i++) {
            mean += rows.target(i);
        }
        mean /= rows.rows();
        double sse = 0;
        double total = 0;
        for (int i = 0; i < rows.rows(); i++) {
            double e = predict(rows, i) - rows.target(i);
            double d = rows.target(i) - mean;
            sse += e * e;
            total += d * d;
        }
        return 1 - sse / total;
    }
}
