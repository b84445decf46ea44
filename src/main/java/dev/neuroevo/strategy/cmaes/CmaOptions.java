package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;

/**
 * The settings of a CMA-ES search over {@code x0.length} parameters: start point and step size,
 * offspring per generation (lambda), IPOP restarts, and the tolfun and tolx thresholds (0: off).
 */
public record CmaOptions(double[] x0, double sigma0, int population, int restarts, double tolFun, double tolX) {

    public CmaOptions {
        if (population < 2 || restarts < 0 || !(sigma0 > 0)) {
            throw new IllegalArgumentException("need population >= 2, restarts >= 0, sigma0 > 0");
        }
        x0 = x0.clone();
    }

    /** pycma's default population for n parameters: 4 + floor(3 ln n). */
    public static int defaultPopulation(int n) {
        return CmaParameters.defaultLambda(n);
    }

    /** CMA-ES, or sep-CMA-ES when {@code separable}, wrapped in IPOP restarts when any are asked for. */
    public Strategy<? extends StrategyState> strategy(long seed, boolean separable) {
        if (separable) {
            Ipop.Start<SepCmaState> start = (lambda, sd) -> new SepCmaEs(sd, x0, sigma0, lambda, tolFun, tolX);
            return restarts == 0 ? start.with(population, seed) : new Ipop<>(start, population, restarts, seed);
        }
        Ipop.Start<CmaState> start = (lambda, sd) -> new CmaEs(sd, x0, sigma0, lambda, tolFun, tolX);
        return restarts == 0 ? start.with(population, seed) : new Ipop<>(start, population, restarts, seed);
    }
}
