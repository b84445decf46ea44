package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import java.util.ArrayList;
import java.util.List;

/**
 * BIPOP restarts (Hansen, "Benchmarking a BI-Population CMA-ES on the BBOB-2009 Function Testbed",
 * GECCO 2009), as pycma's {@code fmin(..., bipop=True)} runs them. The first run has the default
 * population; after every run that stops on a reason of its own, the next is
 * <ul>
 * <li>small while the evaluations of small runs (the first run's included) are fewer than those of
 *     large runs: population floor(lambda_0 (lambda_large / lambda_0)^(u^2)), step size
 *     sigma0 10^(-2 u'), at most 0.5 (large evaluations) / population generations, with u, u'
 *     uniform in [0, 1) keyed by (run seed, restart, 0, RESTART) and lambda_large the largest
 *     population so far;
 * <li>else large: IPOP's next doubling, 2^k lambda_0 at restart k of this regime, with sigma0 and the
 *     first run's generation limit.
 * </ul>
 * Only large restarts count against {@code restarts}; once they are used up the run ends with the
 * inner stop reasons. Every run begins at the restart's start point ({@link StartPoints}).
 */
public final class Bipop<S extends StrategyState> implements Strategy<BipopState<S>> {
    /** The regime column of metrics.csv: the first run and IPOP's doubling restarts. */
    public static final int LARGE = 0;
    /** The regime column of metrics.csv: the interleaved small-population restarts. */
    public static final int SMALL = 1;

    private final Restarts<S> r;
    private final int maxIter0;

    public Bipop(Restarts<S> restarts) {
        this.r = restarts;
        this.maxIter0 = Termination.defaultMaxIter(restarts.points().x0().length, restarts.population());
    }

    /** The inner strategy of {@code s}'s current run. */
    public Strategy<S> strategy(BipopState<S> s) {
        return r.strategy(s.restart(), s.launch());
    }

    @Override
    public String name() {
        return r.strategy(0, Launch.of(r.population(), r.points().x0(), r.sigma0())).name();
    }

    @Override
    public BipopState<S> init() {
        Launch first = r.launch(0, r.population(), r.sigma0(), maxIter0);
        return new BipopState<>(0, 0, LARGE, 0, first, 0, 0, 0, r.strategy(0, first).init(),
                Incumbent.NONE, List.of());
    }

    @Override
    public BipopState<S> restore(StateView v) {
        int k = v.smallInteger("restart");
        Launch launch = BipopState.launch(v);
        return new BipopState<>(v.smallInteger("generation"), k, v.smallInteger("regime"),
                v.smallInteger("largeRestarts"), launch, v.integer("smallEvaluations"), v.integer("largeEvaluations"),
                v.integer("runEvaluations"), r.strategy(k, launch).restore(v.nested("inner")), v.incumbent(),
                Termination.split(v.text("stopReasons")));
    }

    /** The restart, its regime (0 large, 1 small) and population, then the inner strategy's diagnostics. */
    @Override
    public List<String> diagnosticNames() {
        List<String> names = new ArrayList<>(List.of("restart", "regime", "population"));
        names.addAll(strategy(init()).diagnosticNames());
        return names;
    }

    @Override
    public double[] diagnostics(BipopState<S> s) {
        double[] inner = strategy(s).diagnostics(s.inner());
        double[] out = new double[inner.length + 3];
        out[0] = s.restart();
        out[1] = s.regime();
        out[2] = s.launch().population();
        System.arraycopy(inner, 0, out, 3, inner.length);
        return out;
    }

    /** The current run's mean (after a restart, its start point). */
    @Override
    public List<double[]> candidates(BipopState<S> s, Plan plan, double[] fitness, int count) {
        return strategy(s).candidates(s.inner(), plan, fitness, count);
    }

    @Override
    public Plan ask(BipopState<S> s) {
        Plan inner = strategy(s).ask(s.inner());
        return new Plan(s.generation(), inner.breed(), inner.individuals());
    }

    @Override
    public BipopState<S> tell(BipopState<S> s, Plan plan, double[] fitness) {
        Plan inner = new Plan(s.inner().generation(), plan.breed(), plan.individuals());
        S next = strategy(s).tell(s.inner(), inner, fitness);
        Incumbent best = s.incumbent().challengedBy(next.incumbent().weights(), next.incumbent().fitness(),
                plan.generation());
        long run = s.runEvaluations() + plan.size();
        if (next.stopReasons().isEmpty() || s.largeRestarts() >= r.restarts()) {
            return new BipopState<>(s.generation() + 1, s.restart(), s.regime(), s.largeRestarts(), s.launch(),
                    s.smallEvaluations(), s.largeEvaluations(), run, next, best,
                    next.stopReasons());
        }
        boolean smallRun = s.regime() == SMALL || s.restart() == 0;
        long small = s.smallEvaluations() + (smallRun ? run : 0);
        long large = s.largeEvaluations() + (smallRun ? 0 : run);
        int k = s.restart() + 1;
        int regime;
        int largeRestarts = s.largeRestarts();
        Launch launch;
        if (small < Math.max(1, large)) {
            regime = SMALL;
            SplitMix64 rng = new SplitMix64(SplitMix64.key(r.seed(), k, 0, Purpose.RESTART));
            double sigma = r.sigma0() * Math.pow(0.01, rng.nextDouble());
            double u = rng.nextDouble();
            int lambda = (int) (r.population() * Math.pow(Math.pow(2, largeRestarts), u * u));
            // pycma stops a run once its iteration count reaches this limit, a fraction of a generation
            // included: so at the ceiling.
            launch = r.launch(k, lambda, sigma, (int) Math.min(maxIter0, Math.ceil(0.5 * large / lambda)));
        } else {
            regime = LARGE;
            largeRestarts++;
            launch = r.launch(k, r.population() << largeRestarts, r.sigma0(), maxIter0);
        }
        return new BipopState<>(s.generation() + 1, k, regime, largeRestarts, launch, small, large, 0,
                r.strategy(k, launch).init(), best, List.of());
    }
}
