package dev.neuroevo.network;

/**
 * Softmax cross-entropy of the outputs taken as logits: per example
 * {@code sum_j t_j (log sum_k exp y_k - y_j)} for target probabilities {@code t} (one-hot for a
 * label), whose gradient is {@code softmax(y) - t}. The log-sum-exp is shifted by the largest
 * logit, so large logits do not overflow.
 */
public final class SoftmaxCrossEntropy implements Loss {

    @Override
    public double evaluate(double[] y, double[] target, int capacity, int outputs, int count, double[] dy) {
        double sum = 0;
        double scale = 1.0 / count;
        for (int b = 0; b < count; b++) {
            double lse = logSumExp(y, capacity, outputs, b);
            for (int j = 0; j < outputs; j++) {
                int k = j * capacity + b;
                double t = target[k];
                if (t != 0) {
                    sum += t * (lse - y[k]);
                }
                dy[k] = (Math.exp(y[k] - lse) - t) * scale;
            }
        }
        return sum * scale;
    }

    /**
     * log sum_j exp y_j of example {@code b} in a [capacity x outputs] column-major buffer, shifted
     * by the largest logit so large logits do not overflow.
     */
    public static double logSumExp(double[] y, int capacity, int outputs, int b) {
        double top = y[b];
        for (int j = 1; j < outputs; j++) {
            top = Math.max(top, y[j * capacity + b]);
        }
        double s = 0;
        for (int j = 0; j < outputs; j++) {
            s += Math.exp(y[j * capacity + b] - top);
        }
        return top + Math.log(s);
    }
}
