package dev.neuroevo.network;

/**
 * Runs forward passes of one {@link NetworkSpec} with buffers it owns, so a pass allocates nothing.
 * Not thread-safe: each task (partition) makes its own.
 */
public final class NetworkInvoker {
    private final NetworkSpec spec;
    private final int[] sizes;
    private final Activation[] activations;
    private final int[] offsets;
    private final double[] a;
    private final double[] b;

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
    }

    public NetworkSpec spec() {
        return spec;
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
            int bias = w + nIn * nOut;
            System.arraycopy(weights, bias, out, 0, nOut);
            for (int i = 0; i < nIn; i++) {
                double x = in[i];
                if (x == 0) {
                    continue;
                }
                int row = w + i * nOut;
                for (int j = 0; j < nOut; j++) {
                    out[j] += weights[row + j] * x;
                }
            }
            activations[l].applyInPlace(out, nOut);
            in = out;
            out = out == a ? b : a;
        }
        return in;
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
