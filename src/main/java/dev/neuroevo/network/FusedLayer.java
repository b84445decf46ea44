package dev.neuroevo.network;

/**
 * A dense layer of at most {@link #MAX_INPUTS} inputs (the first layer of a control task's network)
 * on one example, one output at a time: its inputs held in locals, each sum kept in a register and
 * its activation applied as it is stored. Each output sees exactly the operations of the sweep
 * kernels ({@link LayerKernels#forward} and the invoker's wide layers) in the same order: the bias,
 * plus each group of four inputs summed left to right, then the remaining inputs one at a time.
 * Only the loops are interchanged, so the results are the same bits; what goes is the load and
 * store of every output per group, the separate activation pass and, with the inputs in locals,
 * their reloads after each store (the JIT cannot tell that the output array is not the input).
 * Meant to be inlined with {@code nIn} a constant, which folds the branches on it away.
 */
final class FusedLayer {
    static final int MAX_INPUTS = 8;

    private FusedLayer() {
    }

    /** out[j] = act(bias[j] + sum_i W[i][j] x[i]) for j < nOut, weights as {@link NetworkSpec} stores them. */
    static void forward(double[] w, int off, double[] x, int nIn, double[] out, int nOut, Activation act) {
        double x0 = x[0];
        double x1 = nIn > 1 ? x[1] : 0;
        double x2 = nIn > 2 ? x[2] : 0;
        double x3 = nIn > 3 ? x[3] : 0;
        double x4 = nIn > 4 ? x[4] : 0;
        double x5 = nIn > 5 ? x[5] : 0;
        double x6 = nIn > 6 ? x[6] : 0;
        double x7 = nIn > 7 ? x[7] : 0;
        // One loop per activation keeps the choice out of the loop; each is a method of its own so
        // that all stay within the size the JIT inlines, which the constant nIn needs.
        switch (act) {
            case RELU -> relu(w, off, nIn, out, nOut, x0, x1, x2, x3, x4, x5, x6, x7);
            case TANH -> tanh(w, off, nIn, out, nOut, x0, x1, x2, x3, x4, x5, x6, x7);
            case SIGMOID -> sigmoid(w, off, nIn, out, nOut, x0, x1, x2, x3, x4, x5, x6, x7);
            case LINEAR -> linear(w, off, nIn, out, nOut, x0, x1, x2, x3, x4, x5, x6, x7);
        }
    }

    private static void relu(double[] w, int off, int nIn, double[] out, int nOut, double x0, double x1, double x2,
                             double x3, double x4, double x5, double x6, double x7) {
        for (int j = 0; j < nOut; j++) {
            out[j] = Activation.relu(sum(w, off, nIn, nOut, j, x0, x1, x2, x3, x4, x5, x6, x7));
        }
    }

    private static void tanh(double[] w, int off, int nIn, double[] out, int nOut, double x0, double x1, double x2,
                             double x3, double x4, double x5, double x6, double x7) {
        for (int j = 0; j < nOut; j++) {
            out[j] = Math.tanh(sum(w, off, nIn, nOut, j, x0, x1, x2, x3, x4, x5, x6, x7));
        }
    }

    private static void sigmoid(double[] w, int off, int nIn, double[] out, int nOut, double x0, double x1,
                                double x2, double x3, double x4, double x5, double x6, double x7) {
        for (int j = 0; j < nOut; j++) {
            out[j] = Activation.sigmoid(sum(w, off, nIn, nOut, j, x0, x1, x2, x3, x4, x5, x6, x7));
        }
    }

    private static void linear(double[] w, int off, int nIn, double[] out, int nOut, double x0, double x1,
                               double x2, double x3, double x4, double x5, double x6, double x7) {
        for (int j = 0; j < nOut; j++) {
            out[j] = sum(w, off, nIn, nOut, j, x0, x1, x2, x3, x4, x5, x6, x7);
        }
    }

    /**
     * Output {@code j} before its activation, in the sweep kernels' order: a group of four inputs if
     * there are four, a second if there are eight, the rest one at a time.
     */
    private static double sum(double[] w, int off, int nIn, int n, int j, double x0, double x1, double x2,
                              double x3, double x4, double x5, double x6, double x7) {
        double s = w[off + nIn * n + j];
        int c = off + j;
        if (nIn < 4) {
            s += w[c] * x0;
            if (nIn > 1) {
                s += w[c + n] * x1;
            }
            if (nIn > 2) {
                s += w[c + 2 * n] * x2;
            }
            return s;
        }
        s += w[c] * x0 + w[c + n] * x1 + w[c + 2 * n] * x2 + w[c + 3 * n] * x3;
        if (nIn == 8) {
            return s + (w[c + 4 * n] * x4 + w[c + 5 * n] * x5 + w[c + 6 * n] * x6 + w[c + 7 * n] * x7);
        }
        if (nIn > 4) {
            s += w[c + 4 * n] * x4;
        }
        if (nIn > 5) {
            s += w[c + 5 * n] * x5;
        }
        if (nIn > 6) {
            s += w[c + 6 * n] * x6;
        }
        return s;
    }
}
