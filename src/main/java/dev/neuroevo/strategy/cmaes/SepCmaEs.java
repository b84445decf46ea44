package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import java.util.Arrays;
import java.util.List;

/**
 * sep-CMA-ES: CMA-ES restricted to a diagonal covariance matrix, so memory and time per
 * generation are linear in n, with learning rates (n + 2) / 3 times larger (Ros and Hansen, PPSN
 * 2008). The update is {@link CmaEs}'s with B = I: the same weights (active ones included), paths
 * and stop criteria; the condition number is that of the diagonal.
 */
public final class SepCmaEs implements Strategy<SepCmaState> {
    private final long seed;
    private final double[] x0;
    private final double sigma0;
    private final CmaParameters p;
    private final Termination stop;

    public SepCmaEs(long seed, Launch launch, Tolerances tol) {
        int n = launch.x0().length;
        this.seed = seed;
        this.x0 = launch.x0();
        this.sigma0 = launch.sigma0();
        this.p = CmaParameters.separable(n, launch.population());
        this.stop = Termination.of(n, launch, tol);
    }

    public CmaParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return "sep-cmaes";
    }

    @Override
    public SepCmaState init() {
        int n = x0.length;
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return new SepCmaState(0, x0.clone(), sigma0, ones, new double[n], new double[n], FitnessHistory.empty(), 0,
                Incumbent.NONE, List.of());
    }

    @Override
    public SepCmaState restore(StateView view) {
        return SepCmaState.of(view);
    }

    /** The step size and the condition number of the diagonal C, as the next generation samples from it. */
    @Override
    public List<String> diagnosticNames() {
        return List.of("sigma", "condition");
    }

    @Override
    public double[] diagnostics(SepCmaState s) {
        double cMax = Arrays.stream(s.c()).max().orElseThrow();
        double cMin = Arrays.stream(s.c()).min().orElseThrow();
        return new double[] {s.sigma(), cMax / cMin};
    }

    /** The distribution's mean after the update: the point estimate, unscored by training. */
    @Override
    public List<double[]> candidates(SepCmaState state, Plan plan, double[] fitness, int count) {
        return List.of(state.mean());
    }

    @Override
    public Plan ask(SepCmaState s) {
        double[] d = new double[x0.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.sqrt(s.c()[i]);
        }
        return new Plan(s.generation(), new SepCmaBreed(s.mean(), s.sigma(), d),
                Samples.draw(seed, s.generation(), p.lambda()));
    }

    @Override
    public SepCmaState tell(SepCmaState s, Plan plan, double[] fitness) {
        int n = x0.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(s.c()[i]);
        }
        Samples samples = Samples.ranked(plan, fitness);
        double[] z = new double[n];
        double[] zw = new double[n];
        double[] rankMu = new double[n];
        for (int r = 0; r < p.lambda(); r++) {
            double zSq = samples.noise(r, z);
            if (r < p.mu()) {
                double w = p.weights()[r];
                for (int i = 0; i < n; i++) {
                    zw[i] += w * z[i];
                }
            }
            double w = p.activeWeight(r, zSq);
            for (int i = 0; i < n; i++) {
                double y = d[i] * z[i];
                rankMu[i] += w * y * y;
            }
        }
        int generations = s.generation() + 1;
        double[] yw = new double[n];
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            yw[i] = d[i] * zw[i];
            mean[i] = s.mean()[i] + s.sigma() * yw[i];
        }
        double[] ps = p.nextPs(s.ps(), zw);
        boolean hSigma = p.hSigma(ps, generations);
        double sigma = p.nextSigma(s.sigma(), ps);
        double[] pc = p.nextPc(s.pc(), yw, hSigma);
        double decay = p.decay(hSigma);
        double[] c = new double[n];
        double cMax = 0;
        double cMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            c[i] = decay * s.c()[i] + p.c1() * pc[i] * pc[i] + p.cMu() * rankMu[i];
            cMax = Math.max(cMax, c[i]);
            cMin = Math.min(cMin, c[i]);
        }
        FitnessHistory history = s.history().append(samples.sortedFitness());
        int flat = Snapshot.flatGenerations(s.flatGenerations(), samples.sortedFitness());
        List<String> reasons = stop.reasons(new Snapshot(generations, history, samples.sortedFitness(), mean, sigma, c,
                pc, Math.sqrt(cMax), cMax / cMin, flat, null));
        return new SepCmaState(generations, mean, sigma, c, pc, ps, history, flat,
                s.incumbent().challengedBy(plan.weights(samples.best()), samples.sortedFitness()[0], plan.generation()),
                reasons);
    }
}
