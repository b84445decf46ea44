package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import java.util.ArrayList;
import java.util.List;

/**
 * IPOP restarts (Auger and Hansen, "A Restart CMA Evolution Strategy With Increasing Population
 * Size", CEC 2005): whenever the inner strategy names a stop reason, start it again with twice
 * the population, up to {@code restarts} times. Restart r draws from its own sub-stream of the run
 * seed, and its plans carry the run's overall generation number.
 */
public final class Ipop<S extends StrategyState> implements Strategy<IpopState<S>> {

    /** Makes the inner strategy for a population size and a seed. */
    @FunctionalInterface
    public interface Start<S extends StrategyState> {
        Strategy<S> with(int population, long seed);
    }

    private final Start<S> start;
    private final int population;
    private final int restarts;
    private final long seed;

    public Ipop(Start<S> start, int population, int restarts, long seed) {
        this.start = start;
        this.population = population;
        this.restarts = restarts;
        this.seed = seed;
    }

    /** The inner strategy of restart {@code r}; restart 0 is the plain strategy. */
    public Strategy<S> strategy(int r) {
        return start.with(population << r, r == 0 ? seed : SplitMix64.child(seed, r));
    }

    @Override
    public String name() {
        return strategy(0).name();
    }

    @Override
    public IpopState<S> init() {
        return new IpopState<>(0, 0, strategy(0).init(), null, Double.NEGATIVE_INFINITY, -1, List.of());
    }

    @Override
    public IpopState<S> restore(StateView v) {
        int r = v.smallInteger("restart");
        return new IpopState<>(v.smallInteger("generation"), r, strategy(r).restore(v.nested("inner")),
                v.array("bestWeights"), v.number("bestFitness"), v.smallInteger("bestGeneration"),
                Termination.split(v.text("stopReasons")));
    }

    /** The restart and its population, then the inner strategy's diagnostics. */
    @Override
    public List<String> diagnosticNames() {
        List<String> names = new ArrayList<>(List.of("restart", "population"));
        names.addAll(strategy(0).diagnosticNames());
        return names;
    }

    @Override
    public double[] diagnostics(IpopState<S> s) {
        double[] inner = strategy(s.restart()).diagnostics(s.inner());
        double[] out = new double[inner.length + 2];
        out[0] = s.restart();
        out[1] = population << s.restart();
        System.arraycopy(inner, 0, out, 2, inner.length);
        return out;
    }

    @Override
    public Plan ask(IpopState<S> s) {
        Plan inner = strategy(s.restart()).ask(s.inner());
        return new Plan(s.generation(), inner.breed(), inner.individuals());
    }

    @Override
    public IpopState<S> tell(IpopState<S> s, Plan plan, double[] fitness) {
        Plan inner = new Plan(s.inner().generation(), plan.breed(), plan.individuals());
        S next = strategy(s.restart()).tell(s.inner(), inner, fitness);
        boolean improved = next.bestFitness() > s.bestFitness();
        double[] best = improved ? next.bestWeights() : s.bestWeights();
        double bestFitness = improved ? next.bestFitness() : s.bestFitness();
        int bestGeneration = improved ? plan.generation() : s.bestGeneration();
        if (!next.stopReasons().isEmpty() && s.restart() < restarts) {
            int r = s.restart() + 1;
            return new IpopState<>(s.generation() + 1, r, strategy(r).init(), best, bestFitness, bestGeneration,
                    List.of());
        }
        return new IpopState<>(s.generation() + 1, s.restart(), next, best, bestFitness, bestGeneration,
                next.stopReasons());
    }
}
