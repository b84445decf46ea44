package dev.neuroevo.strategy.ga;

import java.io.Serializable;

/**
 * A variation operator: makes one child from its parents (keras-genetic calls it a Breeder). Runs on
 * executors, so it must be serializable and take all its randomness from {@code seed}.
 */
public interface Variation extends Serializable {

    /** Writes the child of {@code a} and {@code b} into {@code child}; {@code b} is null for one parent. */
    void breed(double[] a, double[] b, long seed, double[] child);
}
