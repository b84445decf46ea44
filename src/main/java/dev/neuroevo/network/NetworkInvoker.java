package dev.neuroevo.network;

/**
 * Runs forward passes of one {@link NetworkSpec} with buffers it owns, so a pass allocates nothing.
 * Not thread-safe: each task (partition) makes its own.
 */
public final class NetworkInvoker {
    /** Layers this narrow or narrower are computed as dot products, wider ones as sweeps along their outputs. */
    static final int NARROW = NarrowLayer.MAX_OUTPUTS;
    /** Wide layers of up to this many inputs (the first layer of a control task's network) go to {@link FusedLayer}. */
    static final int FUSED_INPUTS = FusedLayer.MAX_INPUTS;
    /**
     * Whether those layers go to {@link SimdLayer} when it takes their widths: only
     * with the incubator module present (checked first, so that SimdLayer is never loaded without
     * it) and 256-bit vectors in hardware.
     */
    static final boolean SIMD = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && SimdLayer.native256();

    private final NetworkSpec spec;
    private final int[] sizes;
    private final Activation[] activations;
    private final int[] offsets;
    private final double[] a;
    private final double[] b;
    /** One hidden layer of a width {@link #hiddenOf} knows, at most FUSED_INPUTS inputs and NARROW outputs. */
    private final boolean oneHidden;

    public NetworkInvoker(NetworkSpec spec) {
        this.spec = spec;
        this.sizes = spec.sizes();
        this.activations = spec.activations();
        this.offsets = new int[spec.layers()];
        for (int l = 0; l < offsets.length; l++) {
            offsets[l] = spec.offset(l);
        }
        this.a = new double[spec.widest()];
        this.b = new double[spec.widest()];
        this.oneHidden = sizes.length == 3 && sizes[0] <= FUSED_INPUTS && sizes[2] <= NARROW
                && (sizes[1] == 8 || sizes[1] == 16 || sizes[1] == 32 || sizes[1] == 64);
    }

    public NetworkSpec spec() {
        return spec;
    }

    /**
     * The network's outputs for {@code input}; the returned array is a buffer of this invoker,
     * valid until the next call, and may be longer than the output layer.
     */
    public double[] forward(double[] weights, double[] input) {
        if (oneHidden) {
            oneHiddenLayer(weights, input);
            return b;
        }
        double[] in = input;
        double[] out = a;
        for (int l = 0; l < offsets.length; l++) {
            layer(weights, l, in, out);
            in = out;
            out = out == a ? b : a;
        }
        return in;
    }

    /**
     * The usual control network, one hidden layer between a few inputs and a few outputs, with all
     * three widths made constants one switch at a time: the layers' offsets are then constants too,
     * and the JIT lays out both kernels without a bounds check (4-16-2 forward: about half the time, ForwardBench).
     */
    private void oneHiddenLayer(double[] w, double[] x) {
        switch (sizes[0]) {
            case 1 -> hiddenOf(w, x, 1);
            case 2 -> hiddenOf(w, x, 2);
            case 3 -> hiddenOf(w, x, 3);
            case 4 -> hiddenOf(w, x, 4);
            case 5 -> hiddenOf(w, x, 5);
            case 6 -> hiddenOf(w, x, 6);
            case 7 -> hiddenOf(w, x, 7);
            default -> hiddenOf(w, x, 8);
        }
    }

    private void hiddenOf(double[] w, double[] x, int nIn) {
        switch (sizes[1]) {
            case 8 -> outputsOf(w, x, nIn, 8);
            case 16 -> outputsOf(w, x, nIn, 16);
            case 32 -> outputsOf(w, x, nIn, 32);
            default -> outputsOf(w, x, nIn, 64);
        }
    }

    private void outputsOf(double[] w, double[] x, int nIn, int nHidden) {
        switch (sizes[2]) {
            case 1 -> twoLayers(w, x, nIn, nHidden, 1);
            case 2 -> twoLayers(w, x, nIn, nHidden, 2);
            case 3 -> twoLayers(w, x, nIn, nHidden, 3);
            default -> twoLayers(w, x, nIn, nHidden, 4);
        }
    }

    private void twoLayers(double[] w, double[] x, int nIn, int nHidden, int nOut) {
        fused(w, 0, x, nIn, a, nHidden, activations[0]);
        NarrowLayer.forward(w, nIn * nHidden + nHidden, a, nHidden, b, nOut);
        activations[1].applyInPlace(b, nOut);
    }

    /** Layer {@code l} on {@code in} into {@code out}; the usual widths reach the kernels as constants. */
    private void layer(double[] weights, int l, double[] in, double[] out) {
        int nIn = sizes[l];
        int nOut = sizes[l + 1];
        int w = offsets[l];
        Activation act = activations[l];
        if (nOut <= NARROW) {
            narrowLayer(weights, w, in, nIn, out, nOut);
            act.applyInPlace(out, nOut);
        } else if (nIn <= FUSED_INPUTS) {
            fusedLayer(weights, w, in, nIn, out, nOut, act);
        } else {
            switch (nOut) {
                case 8 -> wide(weights, w, in, nIn, out, 8);
                case 16 -> wide(weights, w, in, nIn, out, 16);
                case 32 -> wide(weights, w, in, nIn, out, 32);
                case 64 -> wide(weights, w, in, nIn, out, 64);
                default -> wide(weights, w, in, nIn, out, nOut);
            }
            act.applyInPlace(out, nOut);
        }
    }

    private static void narrowLayer(double[] w, int off, double[] x, int nIn, double[] out, int nOut) {
        switch (nOut) {
            case 1 -> narrowFrom(w, off, x, nIn, out, 1);
            case 2 -> narrowFrom(w, off, x, nIn, out, 2);
            case 3 -> narrowFrom(w, off, x, nIn, out, 3);
            default -> narrowFrom(w, off, x, nIn, out, 4);
        }
    }

    /** Inlined with {@code nOut} a constant; the usual hidden widths become constants here too. */
    private static void narrowFrom(double[] w, int off, double[] x, int nIn, double[] out, int nOut) {
        switch (nIn) {
            case 8 -> NarrowLayer.forward(w, off, x, 8, out, nOut);
            case 16 -> NarrowLayer.forward(w, off, x, 16, out, nOut);
            case 32 -> NarrowLayer.forward(w, off, x, 32, out, nOut);
            case 64 -> NarrowLayer.forward(w, off, x, 64, out, nOut);
            default -> NarrowLayer.forward(w, off, x, nIn, out, nOut);
        }
    }

    private static void fusedLayer(double[] w, int off, double[] x, int nIn, double[] out, int nOut,
                                   Activation act) {
        switch (nOut) {
            case 8 -> fusedFrom(w, off, x, nIn, out, 8, act);
            case 16 -> fusedFrom(w, off, x, nIn, out, 16, act);
            case 32 -> fusedFrom(w, off, x, nIn, out, 32, act);
            case 64 -> fusedFrom(w, off, x, nIn, out, 64, act);
            default -> fusedFrom(w, off, x, nIn, out, nOut, act);
        }
    }

    /** Inlined with {@code nOut} a constant; each input count up to {@link #FUSED_INPUTS} becomes one too. */
    private static void fusedFrom(double[] w, int off, double[] x, int nIn, double[] out, int nOut,
                                  Activation act) {
        switch (nIn) {
            case 1 -> fused(w, off, x, 1, out, nOut, act);
            case 2 -> fused(w, off, x, 2, out, nOut, act);
            case 3 -> fused(w, off, x, 3, out, nOut, act);
            case 4 -> fused(w, off, x, 4, out, nOut, act);
            case 5 -> fused(w, off, x, 5, out, nOut, act);
            case 6 -> fused(w, off, x, 6, out, nOut, act);
            case 7 -> fused(w, off, x, 7, out, nOut, act);
            default -> fused(w, off, x, 8, out, nOut, act);
        }
    }

    /** Inlined with both widths constants, which folds the choice of kernel away. */
    private static void fused(double[] w, int off, double[] x, int nIn, double[] out, int nOut, Activation act) {
        if (SIMD && SimdLayer.takes(nIn, nOut)) {
            SimdLayer.forward(w, off, x, nIn, out, nOut, act);
        } else {
            FusedLayer.forward(w, off, x, nIn, out, nOut, act);
        }
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

    /** tanh of each output into {@code action[0..outputs)}, as the tanh head does. */
    public void tanh(double[] weights, double[] input, double[] action) {
        double[] y = forward(weights, input);
        for (int j = 0; j < spec.outputs(); j++) {
            action[j] = Math.tanh(y[j]);
        }
    }
}
