package dev.neuroevo.network;

/**
 * The three products of a dense layer on a batch held column-major with stride {@code capacity}
 * (value {@code i} of example {@code b} at {@code i * capacity + b}), with the layer's weights as
 * the flat vector stores them ([inputs][outputs] row-major at {@code off}, then the biases). Every
 * inner loop is an axpy along a contiguous run (the batch, or a weight row), which the JIT
 * vectorises; dot products are latency-bound here (about 4 GFLOP/s against 22, DESIGN.md).
 */
final class LayerKernels {
    private LayerKernels() {
    }

    /** out[j] = bias[j] + sum_i W[i][j] * in[i], each a column of {@code count} examples. */
    static void forward(double[] w, int off, int nIn, int nOut, double[] in, double[] o, int capacity, int count) {
        int bias = off + nIn * nOut;
        for (int j = 0; j < nOut; j++) {
            double bj = w[bias + j];
            int col = j * capacity;
            for (int b = 0; b < count; b++) {
                o[col + b] = bj;
            }
        }
        // Four inputs per sweep: one load and store of the output column per four multiply-adds.
        int i = 0;
        for (; i + 3 < nIn; i += 4) {
            int row = off + i * nOut;
            int s0 = i * capacity;
            int s1 = s0 + capacity;
            int s2 = s1 + capacity;
            int s3 = s2 + capacity;
            for (int j = 0; j < nOut; j++) {
                double w0 = w[row + j];
                double w1 = w[row + nOut + j];
                double w2 = w[row + 2 * nOut + j];
                double w3 = w[row + 3 * nOut + j];
                int col = j * capacity;
                for (int b = 0; b < count; b++) {
                    o[col + b] += w0 * in[s0 + b] + w1 * in[s1 + b] + w2 * in[s2 + b] + w3 * in[s3 + b];
                }
            }
        }
        for (; i < nIn; i++) {
            int row = off + i * nOut;
            int src = i * capacity;
            for (int j = 0; j < nOut; j++) {
                double wij = w[row + j];
                int col = j * capacity;
                for (int b = 0; b < count; b++) {
                    o[col + b] += wij * in[src + b];
                }
            }
        }
    }

    /** dIn[i] = sum_j W[i][j] * delta[j], each a column of {@code count} examples (W times delta). */
    static void backward(double[] w, int off, int nIn, int nOut, double[] delta, double[] dIn, int capacity,
                         int count) {
        for (int i = 0; i < nIn; i++) {
            int row = off + i * nOut;
            int dst = i * capacity;
            for (int b = 0; b < count; b++) {
                dIn[dst + b] = 0;
            }
            int j = 0;
            for (; j + 3 < nOut; j += 4) {
                double w0 = w[row + j];
                double w1 = w[row + j + 1];
                double w2 = w[row + j + 2];
                double w3 = w[row + j + 3];
                int c0 = j * capacity;
                int c1 = c0 + capacity;
                int c2 = c1 + capacity;
                int c3 = c2 + capacity;
                for (int b = 0; b < count; b++) {
                    dIn[dst + b] += w0 * delta[c0 + b] + w1 * delta[c1 + b] + w2 * delta[c2 + b] + w3 * delta[c3 + b];
                }
            }
            for (; j < nOut; j++) {
                double wij = w[row + j];
                int c = j * capacity;
                for (int b = 0; b < count; b++) {
                    dIn[dst + b] += wij * delta[c + b];
                }
            }
        }
    }

    /**
     * The layer's gradient: gW[i][j] = sum_b in[i][b] delta[j][b] and gBias[j] = sum_b delta[j][b],
     * written at {@code off} of {@code g}. The deltas are first laid out one example per row
     * ({@code rows}, at least count x nOut), so that each example adds an axpy along a weight row
     * instead of every weight being a dot product over the batch.
     */
    static void gradient(double[] in, double[] delta, double[] rows, int nIn, int nOut, double[] g, int off,
                         int capacity, int count) {
        int bias = off + nIn * nOut;
        for (int j = 0; j < nOut; j++) {
            int col = j * capacity;
            double s = 0;
            for (int b = 0; b < count; b++) {
                double d = delta[col + b];
                rows[b * nOut + j] = d;
                s += d;
            }
            g[bias + j] = s;
        }
        for (int i = 0; i < nIn; i++) {
            int row = off + i * nOut;
            int src = i * capacity;
            for (int j = 0; j < nOut; j++) {
                g[row + j] = 0;
            }
            int b = 0;
            for (; b + 3 < count; b += 4) {
                double x0 = in[src + b];
                double x1 = in[src + b + 1];
                double x2 = in[src + b + 2];
                double x3 = in[src + b + 3];
                int r0 = b * nOut;
                int r1 = r0 + nOut;
                int r2 = r1 + nOut;
                int r3 = r2 + nOut;
                for (int j = 0; j < nOut; j++) {
                    g[row + j] += x0 * rows[r0 + j] + x1 * rows[r1 + j] + x2 * rows[r2 + j] + x3 * rows[r3 + j];
                }
            }
            for (; b < count; b++) {
                double x = in[src + b];
                int r = b * nOut;
                for (int j = 0; j < nOut; j++) {
                    g[row + j] += x * rows[r + j];
                }
            }
        }
    }
}
