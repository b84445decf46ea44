package dev.neuroevo.strategy;

import java.io.Serializable;

/**
 * The best individual found so far: its weights (null before the first tell), its fitness
 * (negative infinity before) and the generation that produced it (-1 before; the loop keeps that
 * generation's input normaliser with the best network). Immutable; the weights are never written.
 *
 * <p>In a state's plain-data view it is {@code bestWeights} (absent before the first tell),
 * {@code bestFitness} and {@code bestGeneration} ({@link StateView.Builder#incumbent},
 * {@link StateView#incumbent}).
 */
public record Incumbent(double[] weights, double fitness, int generation) implements Serializable {
    public static final Incumbent NONE = new Incumbent(null, Double.NEGATIVE_INFINITY, -1);

    /**
     * The candidate if it is strictly fitter, else this: a tie keeps the earlier individual, and a
     * NaN or infinite fitness ranks last ({@link Ranking#rankable}), so it never displaces one.
     */
    public Incumbent challengedBy(double[] candidate, double candidateFitness, int candidateGeneration) {
        return Ranking.rankable(candidateFitness) > fitness
                ? new Incumbent(candidate, candidateFitness, candidateGeneration) : this;
    }
}
