package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import java.util.ArrayList;
import java.util.List;

/**
 * IPOP restarts (Auger and Hansen, "A Restart CMA Evolution Strategy With Increasing Population
 * Size", CEC 2005): whenever the inner strategy names a stop reason, start it again with twice
 * the population, up to {@code restarts} times, from the restart's start point. Restart r draws
 * from its own sub-stream of the run seed ({@link Start#seed}), and its plans carry the run's
 * overall generation number.
 */
public final class Ipop<S extends StrategyState> implements Strategy<IpopState<S>> {
    private final Restarts<S> r;

    public Ipop(Restarts<S> restarts) {
        this.r = restarts;
    }

    /** The inner strategy of restart {@code k}; restart 0 is the plain strategy. */
    public Strategy<S> strategy(int k) {
        return r.strategy(k, r.launch(k, r.population() << k, r.sigma0(), Launch.DEFAULT_MAX_ITER));
    }

    @Override
    public String name() {
        return strategy(0).name();
    }

    @Override
    public IpopState<S> init() {
        return new IpopState<>(0, 0, strategy(0).init(), Incumbent.NONE, List.of());
    }

    @Override
    public IpopState<S> restore(StateView v) {
        int k = v.smallInteger("restart");
        return new IpopState<>(v.smallInteger("generation"), k, strategy(k).restore(v.nested("inner")),
                v.incumbent(),
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
        out[1] = r.population() << s.restart();
        System.arraycopy(inner, 0, out, 2, inner.length);
        return out;
    }

    /** The current restart's mean (after a restart, its start point). */
    @Override
    public List<double[]> candidates(IpopState<S> s, Plan plan, double[] fitness, int count) {
        return strategy(s.restart()).candidates(s.inner(), plan, fitness, count);
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
        Incumbent best = s.incumbent().challengedBy(next.incumbent().weights(), next.incumbent().fitness(),
                plan.generation());
        if (!next.stopReasons().isEmpty() && s.restart() < r.restarts()) {
            int k = s.restart() + 1;
            return new IpopState<>(s.generation() + 1, k, strategy(k).init(), best,
                    List.of());
        }
        return new IpopState<>(s.generation() + 1, s.restart(), next, best,
                next.stopReasons());
    }
}
