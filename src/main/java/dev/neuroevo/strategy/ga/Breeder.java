package dev.neuroevo.strategy.ga;

import java.io.Serializable;

/**
 * Makes one child from its parents (the pluggable operator of keras-genetic's Breeder). Runs on
 * executors, so it must be serializable and take all its randomness from {@code seed}.
 */
public interface Breeder extends Serializable {

    /** Writes the child of {@code a} and {@code b} into {@code child}; {@code b} is null for one parent. */
    void breed(double[] a, double[] b, long seed, double[] child);
}
