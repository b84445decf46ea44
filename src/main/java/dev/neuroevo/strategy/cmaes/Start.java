package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;

/** Makes the inner strategy of a (re)start, CMA-ES or sep-CMA-ES, for a launch and a seed. */
@FunctionalInterface
public interface Start<S extends StrategyState> {
    Strategy<S> with(Launch launch, long seed);

    /** The seed of restart {@code restart}: the run seed for the first run, else a sub-stream of it. */
    static long seed(long runSeed, int restart) {
        return restart == 0 ? runSeed : SplitMix64.child(runSeed, restart);
    }
}
