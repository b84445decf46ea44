package dev.neuroevo.network;

import org.ojalgo.matrix.store.R064Store;

/**
 * Runs forward passes of one {@link NetworkSpec} over a batch of examples at once, with buffers it
 * owns, so a pass allocates nothing. A batch of {@code n}-wide rows is a column-major
 * [capacity x n] matrix: value {@code i} of example {@code b} sits at {@code i * capacity + b}.
 * A layer is then one matrix product: axpy loops along the batch, four inputs per sweep (they
 * vectorise), or ojAlgo's product for big layers when a Spark task has more than one core.
 * On one thread the loop was 1.3 to 1.8 times as fast as ojAlgo for every shape measured (64-10
 * to 784-100-10, batches 64 to 1024; see BatchInvokerBench), so ojAlgo only pays with its threads.
 * Not thread-safe: each partition makes its own.
 */
public final class BatchInvoker {
    /** Multiply-adds of one layer (capacity x inputs x outputs) from which ojAlgo's threads may pay. */
    public static final long OJALGO_FROM = 1L << 22;

    private final int capacity;
    private final int[] sizes;
    private final Activation[] activations;
    private final int[] offsets;
    private final boolean[] useOjAlgo;
    private final R064Store input;
    private final R064Store[] weights;
    private final R064Store[] outputs;

    /**
     * @param threads the cores of one Spark task: ojAlgo is used for layers of {@link #OJALGO_FROM}
     *                multiply-adds or more when there are several ({@link MatrixThreads} bounds
     *                ojAlgo's threads to them, once per JVM)
     */
    public BatchInvoker(NetworkSpec spec, int capacity, int threads) {
        this(spec, capacity, threads, threads > 1 ? OJALGO_FROM : Long.MAX_VALUE);
    }

    /** As above, with the multiply-adds from which a layer uses ojAlgo whatever the threads (tests, benchmarks). */
    public BatchInvoker(NetworkSpec spec, int capacity, int threads, long ojAlgoFrom) {
        if (capacity < 1 || threads < 1) {
            throw new IllegalArgumentException("capacity and threads must be >= 1");
        }
        this.capacity = capacity;
        this.sizes = spec.sizes();
        this.activations = spec.activations();
        int layers = spec.layers();
        this.offsets = new int[layers];
        this.useOjAlgo = new boolean[layers];
        this.weights = new R064Store[layers];
        this.outputs = new R064Store[layers];
        this.input = R064Store.FACTORY.make(capacity, sizes[0]);
        for (int l = 0; l < layers; l++) {
            offsets[l] = spec.offset(l);
            useOjAlgo[l] = (long) capacity * sizes[l] * sizes[l + 1] >= ojAlgoFrom;
            if (useOjAlgo[l]) {
                weights[l] = R064Store.FACTORY.make(sizes[l], sizes[l + 1]);
            }
            outputs[l] = R064Store.FACTORY.make(capacity, sizes[l + 1]);
        }
    }

    public int capacity() {
        return capacity;
    }

    /** The input buffer: feature {@code i} of example {@code b} goes at {@code i * capacity() + b}. */
    public double[] input() {
        return input.data;
    }

    /**
     * Runs the network on the first {@code count} examples of {@link #input()}. Returns the output
     * layer as a [capacity x outputs] column-major buffer of this invoker (output {@code j} of
     * example {@code b} at {@code j * capacity() + b}), valid until the next call; entries of
     * examples from {@code count} on are meaningless.
     */
    public double[] forward(double[] w, int count) {
        R064Store in = input;
        for (int l = 0; l < offsets.length; l++) {
            R064Store out = outputs[l];
            if (useOjAlgo[l]) {
                productOjAlgo(w, l, in, out);
            } else {
                LayerKernels.forward(w, offsets[l], sizes[l], sizes[l + 1], in.data, out.data, capacity, count);
            }
            activations[l].applyInPlace(out.data, capacity * sizes[l + 1]);
            in = out;
        }
        return in.data;
    }

    /** out = in . W + bias, with W transposed into ojAlgo's column-major layout first. */
    private void productOjAlgo(double[] w, int l, R064Store in, R064Store out) {
        int nIn = sizes[l];
        int nOut = sizes[l + 1];
        int off = offsets[l];
        double[] wt = weights[l].data;
        for (int i = 0; i < nIn; i++) {
            int row = off + i * nOut;
            for (int j = 0; j < nOut; j++) {
                wt[j * nIn + i] = w[row + j];
            }
        }
        out.fillByMultiplying(in, weights[l]);
        double[] o = out.data;
        int bias = off + nIn * nOut;
        for (int j = 0; j < nOut; j++) {
            double bj = w[bias + j];
            int col = j * capacity;
            for (int b = 0; b < capacity; b++) {
                o[col + b] += bj;
            }
        }
    }
}
