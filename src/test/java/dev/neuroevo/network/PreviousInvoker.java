package dev.neuroevo.network;

/**
 * {@link NetworkInvoker} as it was before its single-example kernels (commit 68a3d05), kept unchanged
 * as the reference the new kernels must match bit for bit and the baseline they are timed against in
 * the same JMH run.
 */
public final class PreviousInvoker {
    /** Layers this narrow or narrower are computed as dot products, wider ones as sweeps along their outputs. */
    static final int NARROW = 4;

    private final NetworkSpec spec;
    private final int[] sizes;
    private final Activation[] activations;
    private final int[] offsets;
    private final double[] a;
    private final double[] b;

    public PreviousInvoker(NetworkSpec spec) {
        this.spec = spec;
        this.sizes = spec.sizes();
        this.activations = spec.activations();
        this.offsets = new int[spec.layers()];
        for (int l = 0; l < offsets.length; l++) {
            offsets[l] = spec.offset(l);
        }
        this.a = new double[spec.widest()];
        this.b = new double[spec.widest()];
    }

    /**
     * The network's outputs for {@code input}; the returned array is a buffer of this invoker,
     * valid until the next call, and may be longer than the output layer.
     */
    public double[] forward(double[] weights, double[] input) {
        double[] in = input;
        double[] out = a;
        for (int l = 0; l < offsets.length; l++) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            int w = offsets[l];
            // The usual widths are passed as constants: the JIT then compiles a copy of the kernel for
            // each with its loops laid out for that width (about a tenth of a CartPole step).
            switch (nOut) {
                case 1 -> narrow(weights, w, in, nIn, out, 1);
                case 2 -> narrow(weights, w, in, nIn, out, 2);
                case 3 -> narrow(weights, w, in, nIn, out, 3);
                case 4 -> narrow(weights, w, in, nIn, out, 4);
                case 8 -> wide(weights, w, in, nIn, out, 8);
                case 16 -> wide(weights, w, in, nIn, out, 16);
                case 32 -> wide(weights, w, in, nIn, out, 32);
                case 64 -> wide(weights, w, in, nIn, out, 64);
                default -> {
                    if (nOut <= NARROW) {
                        narrow(weights, w, in, nIn, out, nOut);
                    } else {
                        wide(weights, w, in, nIn, out, nOut);
                    }
                }
            }
            activations[l].applyInPlace(out, nOut);
            in = out;
            out = out == a ? b : a;
        }
        return in;
    }

    /**
     * out = bias + W x with sweeps along the outputs, four inputs a sweep: the inner loop runs over
     * the layer's width, and each sweep reads and writes {@code out} once for four inputs.
     */
    private static void wide(double[] w, int off, double[] x, int nIn, double[] out, int nOut) {
        System.arraycopy(w, off + nIn * nOut, out, 0, nOut);
        int i = 0;
        for (; i + 3 < nIn; i += 4) {
            double x0 = x[i];
            double x1 = x[i + 1];
            double x2 = x[i + 2];
            double x3 = x[i + 3];
            int r0 = off + i * nOut;
            int r1 = r0 + nOut;
            int r2 = r1 + nOut;
            int r3 = r2 + nOut;
            for (int j = 0; j < nOut; j++) {
                out[j] += w[r0 + j] * x0 + w[r1 + j] * x1 + w[r2 + j] * x2 + w[r3 + j] * x3;
            }
        }
        for (; i < nIn; i++) {
            double xi = x[i];
            int r = off + i * nOut;
            for (int j = 0; j < nOut; j++) {
                out[j] += w[r + j] * xi;
            }
        }
    }

    /**
     * out = bias + W x as dot products for a narrow layer (an output layer of a few actions), where a
     * sweep along the outputs would be all loop overhead: two outputs per pass over the inputs, two
     * accumulators each so the additions do not wait on one another.
     */
    private static void narrow(double[] w, int off, double[] x, int nIn, double[] out, int nOut) {
        int bias = off + nIn * nOut;
        int j = 0;
        for (; j + 1 < nOut; j += 2) {
            double a0 = w[bias + j];
            double a1 = w[bias + j + 1];
            double b0 = 0;
            double b1 = 0;
            int r = off + j;
            int i = 0;
            for (; i + 1 < nIn; i += 2, r += 2 * nOut) {
                a0 += w[r] * x[i];
                a1 += w[r + 1] * x[i];
                b0 += w[r + nOut] * x[i + 1];
                b1 += w[r + nOut + 1] * x[i + 1];
            }
            if (i < nIn) {
                a0 += w[r] * x[i];
                a1 += w[r + 1] * x[i];
            }
            out[j] = a0 + b0;
            out[j + 1] = a1 + b1;
        }
        if (j < nOut) {
            out[j] = dot(w, bias + j, off + j, nOut, x, nIn);
        }
    }

    /** One output of a narrow layer: its bias plus its column (stride {@code nOut}) dotted with x. */
    private static double dot(double[] w, int bias, int r, int nOut, double[] x, int nIn) {
        double a0 = w[bias];
        double b0 = 0;
        int i = 0;
        for (; i + 1 < nIn; i += 2, r += 2 * nOut) {
            a0 += w[r] * x[i];
            b0 += w[r + nOut] * x[i + 1];
        }
        if (i < nIn) {
            a0 += w[r] * x[i];
        }
        return a0 + b0;
    }

    /** The index of the largest output (ties go to the lowest index), as the argmax head does. */
    public int argmax(double[] weights, double[] input) {
        double[] y = forward(weights, input);
        int n = spec.outputs();
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (y[j] > y[best]) {
                best = j;
            }
        }
        return best;
    }
}
