package dev.neuroevo.network;

/**
 * A dense layer of at most {@link #MAX_OUTPUTS} outputs (an output layer of a few actions) on one
 * example, as dot products: a sweep along so few outputs would be all loop overhead. Each output
 * has two accumulators, its bias plus the even inputs and zero plus the odd ones, added at the end,
 * so the additions do not wait on one another; all outputs go in one pass over the inputs, each
 * input read once. Meant to be inlined with {@code nOut} a constant, which folds the branches on it
 * away.
 */
final class NarrowLayer {
    static final int MAX_OUTPUTS = 4;

    private NarrowLayer() {
    }

    /** out[j] = bias[j] + sum_i W[i][j] x[i] for j < nOut, weights as {@link NetworkSpec} stores them. */
    static void forward(double[] w, int off, double[] x, int nIn, double[] out, int nOut) {
        int bias = off + nIn * nOut;
        double a0 = w[bias];
        double a1 = nOut > 1 ? w[bias + 1] : 0;
        double a2 = nOut > 2 ? w[bias + 2] : 0;
        double a3 = nOut > 3 ? w[bias + 3] : 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        int i = 0;
        // Indices linear in the one loop counter let the JIT drop the bounds checks and unroll.
        for (; i + 1 < nIn; i += 2) {
            int r = off + i * nOut;
            int s = r + nOut;
            double xe = x[i];
            double xo = x[i + 1];
            a0 += w[r] * xe;
            b0 += w[s] * xo;
            if (nOut > 1) {
                a1 += w[r + 1] * xe;
                b1 += w[s + 1] * xo;
            }
            if (nOut > 2) {
                a2 += w[r + 2] * xe;
                b2 += w[s + 2] * xo;
            }
            if (nOut > 3) {
                a3 += w[r + 3] * xe;
                b3 += w[s + 3] * xo;
            }
        }
        if (i < nIn) {
            int r = off + i * nOut;
            double xe = x[i];
            a0 += w[r] * xe;
            if (nOut > 1) {
                a1 += w[r + 1] * xe;
            }
            if (nOut > 2) {
                a2 += w[r + 2] * xe;
            }
            if (nOut > 3) {
                a3 += w[r + 3] * xe;
            }
        }
        out[0] = a0 + b0;
        if (nOut > 1) {
            out[1] = a1 + b1;
        }
        if (nOut > 2) {
            out[2] = a2 + b2;
        }
        if (nOut > 3) {
            out[3] = a3 + b3;
        }
    }
}
