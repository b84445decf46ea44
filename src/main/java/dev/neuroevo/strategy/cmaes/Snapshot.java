package dev.neuroevo.strategy.cmaes;

/**
 * What the stop rules look at after a generation of CMA-ES or sep-CMA-ES.
 *
 * @param generations     generations told since the (re)start
 * @param sortedFitness   the last generation's fitness, best first
 * @param mean            the new mean
 * @param variances       the diagonal of C
 * @param pc              the evolution path of the rank-one update
 * @param maxStd          the largest standard deviation of C, sqrt of its largest eigenvalue
 * @param condition       the condition number of C
 * @param flatGenerations generations in a row, this one included, whose best equals its 75th percentile
 * @param axis            the principal axis of C due this generation, scaled to its standard deviation
 *                        (generation mod n, in the decomposition's order); null for sep-CMA-ES
 */
public record Snapshot(int generations, FitnessHistory history, double[] sortedFitness, double[] mean, double sigma,
                       double[] variances, double[] pc, double maxStd, double condition, int flatGenerations,
                       double[] axis) {

    /** The flat-fitness count after a generation: pycma compares the best with rank floor(0.75 lambda). */
    static int flatGenerations(int before, double[] sortedFitness) {
        return sortedFitness[0] <= sortedFitness[(int) (0.75 * sortedFitness.length)] ? before + 1 : 0;
    }
}
