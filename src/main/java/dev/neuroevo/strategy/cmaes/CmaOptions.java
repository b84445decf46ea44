package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import java.util.List;

/** The {@code cmaes} settings for a search over n parameters, and the strategy they describe. */
public record CmaOptions(double[] x0, double sigma0, int population, int restarts, double tolFun, double tolX) {

    public static CmaOptions of(Settings s, int n) {
        List<Double> given = s.config().getDoubleList("cmaes.x0");
        if (given.size() != 1 && given.size() != n) {
            throw new ConfigError("setting 'cmaes.x0' must hold one value or one per parameter (" + n + "), got "
                    + given.size());
        }
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = given.get(given.size() == 1 ? 0 : i);
        }
        int population = s.integer("cmaes.population");
        if (population == 1) {
            throw new ConfigError("setting 'cmaes.population' must be 0 (the default) or at least 2, got 1");
        }
        return new CmaOptions(x0, s.number("cmaes.sigma0"), population == 0 ? CmaParameters.defaultLambda(n)
                : population, s.integer("cmaes.ipop-restarts"), s.number("cmaes.tolfun"), s.number("cmaes.tolx"));
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
