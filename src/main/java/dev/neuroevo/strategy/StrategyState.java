package dev.neuroevo.strategy;

import java.io.Serializable;

/** What every strategy's immutable state exposes to the generation loop. */
public interface StrategyState extends Serializable {

    /** The generation the next {@code ask} plans (0 before the first). */
    int generation();

    /** The weights of the best individual found so far, or null before the first tell. */
    double[] bestWeights();

    /** The fitness of {@link #bestWeights()}, or negative infinity before the first tell. */
    double bestFitness();

    /**
     * Why the strategy itself asks to stop (a named criterion such as CMA-ES's {@code tolfun}), or
     * null to go on; strategies without stop criteria never ask.
     */
    default String stopReason() {
        return null;
    }
}
