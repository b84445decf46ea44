package dev.neuroevo.network;

/**
 * A training loss over a batch of network outputs. Outputs and targets are [capacity x outputs]
 * column-major buffers, as {@link Backprop} holds them: output {@code j} of example {@code b} at
 * {@code j * capacity + b}; only the first {@code count} examples count.
 */
public interface Loss {

    /**
     * The mean loss of the first {@code count} examples, and its gradient with respect to the
     * outputs written into {@code dy} (same layout; entries of later examples are left alone).
     */
    double evaluate(double[] y, double[] target, int capacity, int outputs, int count, double[] dy);
}
