package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;

/**
 * The settings of a CMA-ES search over {@code start.x0().length} parameters: start points and step
 * size, offspring per generation (lambda), restarts and their scheme, and the stop rules' thresholds.
 *
 * @param restarts IPOP's doubling restarts; with BIPOP the small-population ones come on top
 */
public record CmaOptions(StartPoints start, double sigma0, int population, int restarts, RestartScheme scheme,
                         Tolerances tol) {

    public CmaOptions {
        if (population < 2 || restarts < 0 || !(sigma0 > 0)) {
            throw new IllegalArgumentException("need population >= 2, restarts >= 0, sigma0 > 0");
        }
    }

    /** pycma's default population for n parameters: 4 + floor(3 ln n). */
    public static int defaultPopulation(int n) {
        return CmaParameters.defaultLambda(n);
    }

    /** CMA-ES, or sep-CMA-ES when {@code separable}, wrapped in restarts when any are asked for. */
    public Strategy<? extends StrategyState> strategy(long seed, boolean separable) {
        return separable ? restarted((launch, sd) -> new SepCmaEs(sd, launch, tol), seed)
                : restarted((launch, sd) -> new CmaEs(sd, launch, tol), seed);
    }

    private <S extends StrategyState> Strategy<? extends StrategyState> restarted(Start<S> inner, long seed) {
        if (restarts == 0) {
            return inner.with(Launch.of(population, start.of(seed, 0), sigma0), seed);
        }
        Restarts<S> from = new Restarts<>(inner, start, population, sigma0, restarts, seed);
        return scheme == RestartScheme.BIPOP ? new Bipop<>(from) : new Ipop<>(from);
    }
}
