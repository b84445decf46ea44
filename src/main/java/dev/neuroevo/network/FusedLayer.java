package dev.neuroevo.network;

/**
 * A dense layer on one example computed one output at a time, its sum kept in a register and its
 * activation applied as it is stored. Each output sees exactly the operations of the sweep kernels
 * ({@link LayerKernels#forward} and the invoker's wide layers) in the same order: the bias, plus
 * each group of four inputs summed left to right, then the remaining inputs one at a time. Only
 * the loops are interchanged, so the results are the same bits; what goes is the load and store of
 * every output per group and the separate activation pass, most of a small layer's cost at batch 1.
 * Its weight reads stride along a column, so it suits layers whose weights stay in the L1 cache.
 */
final class FusedLayer {
    private FusedLayer() {
    }

    /** out[j] = act(bias[j] + sum_i W[i][j] x[i]) for j < nOut, weights as {@link NetworkSpec} stores them. */
    static void forward(double[] w, int off, double[] x, int nIn, double[] out, int nOut, Activation act) {
        // One loop per activation keeps the choice out of the loop.
        switch (act) {
            case RELU -> {
                for (int j = 0; j < nOut; j++) {
                    out[j] = Activation.relu(sum(w, off, x, nIn, nOut, j));
                }
            }
            case TANH -> {
                for (int j = 0; j < nOut; j++) {
                    out[j] = Math.tanh(sum(w, off, x, nIn, nOut, j));
                }
            }
            case SIGMOID -> {
                for (int j = 0; j < nOut; j++) {
                    out[j] = Activation.sigmoid(sum(w, off, x, nIn, nOut, j));
                }
            }
            case LINEAR -> {
                for (int j = 0; j < nOut; j++) {
                    out[j] = sum(w, off, x, nIn, nOut, j);
                }
            }
        }
    }

    /** Output j before its activation, in the sweep kernels' order of operations. */
    private static double sum(double[] w, int off, double[] x, int nIn, int nOut, int j) {
        double s = w[off + nIn * nOut + j];
        int col = off + j;
        int i = 0;
        // Indices linear in the one loop counter let the JIT drop the bounds checks and unroll.
        for (; i + 3 < nIn; i += 4) {
            int r = col + i * nOut;
            s += w[r] * x[i] + w[r + nOut] * x[i + 1] + w[r + 2 * nOut] * x[i + 2] + w[r + 3 * nOut] * x[i + 3];
        }
        for (; i < nIn; i++) {
            s += w[col + i * nOut] * x[i];
        }
        return s;
    }
}
