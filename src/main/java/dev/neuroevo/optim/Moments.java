package dev.neuroevo.optim;

import java.io.Serializable;

/**
 * What a step rule carries between steps: first and second moments (empty arrays where the rule
 * keeps none) and the steps taken. Mutable, owned by one training loop; a strategy state keeps a
 * {@link #copy()} it never writes.
 */
public final class Moments implements Serializable {
    private final double[] first;
    private final double[] second;
    private long steps;

    public Moments(double[] first, double[] second, long steps) {
        this.first = first;
        this.second = second;
        this.steps = steps;
    }

    public double[] first() {
        return first;
    }

    public double[] second() {
        return second;
    }

    public long steps() {
        return steps;
    }

    /** Counts a step; returns the new count (Adam's t). */
    long advance() {
        return ++steps;
    }

    public Moments copy() {
        return new Moments(first.clone(), second.clone(), steps);
    }
}
