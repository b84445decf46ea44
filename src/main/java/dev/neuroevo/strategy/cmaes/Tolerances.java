package dev.neuroevo.strategy.cmaes;

import java.io.Serializable;

/**
 * The thresholds of CMA-ES's configurable stop rules, pycma's names and defaults in
 * {@link #pycma()}; {@link Termination} documents each rule.
 *
 * @param tolFun         range of recent best fitness values and of the last generation (0: off)
 * @param tolX           sigma times each coordinate's standard deviation and evolution path (0: off)
 * @param tolFunHist     range of recent best fitness values alone (0: off)
 * @param tolUpSigma     largest sigma / sigma0 per the largest standard deviation of C (0: off)
 * @param tolFlatFitness generations in a row whose best equals its 75th percentile that are tolerated
 */
public record Tolerances(double tolFun, double tolX, double tolFunHist, double tolUpSigma, int tolFlatFitness)
        implements Serializable {

    public static Tolerances pycma() {
        return new Tolerances(1e-11, 1e-11, 1e-12, 1e20, 1);
    }
}
