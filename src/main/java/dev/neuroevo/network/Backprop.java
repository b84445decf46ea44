package dev.neuroevo.network;

/**
 * The gradient of a loss with respect to a network's weights on a batch of examples, by
 * backpropagation (Rumelhart, Hinton and Williams 1986), with buffers it owns so that a step
 * allocates nothing. Batches are column-major [capacity x width] as in {@link BatchInvoker}.
 * The forward pass keeps every layer's activated output, from which each activation's derivative
 * is taken; the products are {@link LayerKernels}' plain loops, which beat ojAlgo on the one core
 * a Spark task has here (see the README).
 * Not thread-safe: each partition makes its own.
 */
public final class Backprop {
    private final int capacity;
    private final int[] sizes;
    private final Activation[] activations;
    private final int[] offsets;
    /** a[0] is the input, a[l + 1] the output of layer l. */
    private final double[][] a;
    private final double[] target;
    private final double[] delta;
    private final double[] deltaIn;
    private final double[] rows;

    public Backprop(NetworkSpec spec, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.capacity = capacity;
        this.sizes = spec.sizes();
        this.activations = spec.activations();
        int layers = spec.layers();
        this.offsets = new int[layers];
        this.a = new double[layers + 1][];
        a[0] = new double[capacity * sizes[0]];
        for (int l = 0; l < layers; l++) {
            offsets[l] = spec.offset(l);
            a[l + 1] = new double[capacity * sizes[l + 1]];
        }
        this.target = new double[capacity * spec.outputs()];
        this.delta = new double[capacity * spec.widest()];
        this.deltaIn = new double[capacity * spec.widest()];
        this.rows = new double[capacity * spec.widest()];
    }

    public int capacity() {
        return capacity;
    }

    /** The input buffer: feature {@code i} of example {@code b} goes at {@code i * capacity() + b}. */
    public double[] input() {
        return a[0];
    }

    /** The target buffer of the loss: target {@code j} of example {@code b} at {@code j * capacity() + b}. */
    public double[] target() {
        return target;
    }

    /**
     * Runs the first {@code count} examples forward, evaluates {@code loss}, and writes the gradient of
     * the mean loss with respect to every weight into {@code grad} (the flat layout of the weights,
     * overwritten). Returns the mean loss.
     */
    public double gradient(double[] w, Loss loss, int count, double[] grad) {
        int layers = offsets.length;
        for (int l = 0; l < layers; l++) {
            LayerKernels.forward(w, offsets[l], sizes[l], sizes[l + 1], a[l], a[l + 1], capacity, count);
            activations[l].applyInPlace(a[l + 1], capacity * sizes[l + 1]);
        }
        double[] d = delta;
        double[] dIn = deltaIn;
        double mean = loss.evaluate(a[layers], target, capacity, sizes[layers], count, d);
        for (int l = layers - 1; l >= 0; l--) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            activations[l].backwardInPlace(a[l + 1], d, capacity * nOut);
            LayerKernels.gradient(a[l], d, rows, nIn, nOut, grad, offsets[l], capacity, count);
            if (l > 0) {
                LayerKernels.backward(w, offsets[l], nIn, nOut, d, dIn, capacity, count);
                double[] t = d;
                d = dIn;
                dIn = t;
            }
        }
        return mean;
    }

    /** The output layer of the last {@link #gradient} call, [capacity x outputs] column-major. */
    public double[] output() {
        return a[a.length - 1];
    }
}
