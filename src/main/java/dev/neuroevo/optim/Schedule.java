package dev.neuroevo.optim;

import dev.neuroevo.config.Choice;

/**
 * How the learning rate changes from epoch to epoch: fixed, multiplied by a decay factor each
 * epoch down to a floor, or a cosine from the base rate down to the floor over the run's epochs
 * (Loshchilov and Hutter 2017, without restarts).
 */
public enum Schedule implements Choice {
    CONSTANT, EXPONENTIAL, COSINE;

    /** The rate of {@code epoch} (from 0) of {@code epochs}. */
    public double rate(double base, double decay, double floor, int epoch, int epochs) {
        return switch (this) {
            case CONSTANT -> base;
            case EXPONENTIAL -> Math.max(floor, base * Math.pow(decay, epoch));
            case COSINE -> floor + (base - floor) * 0.5 * (1 + Math.cos(Math.PI * Math.min(epoch, epochs) / epochs));
        };
    }
}
