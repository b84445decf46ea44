package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import java.util.Arrays;
import java.util.List;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * CMA-ES with active covariance update: Hansen, "The CMA Evolution Strategy: A Tutorial"
 * (arXiv:1604.00772), with pycma's defaults ({@link CmaParameters}) and stop criteria
 * ({@link Termination}). Only seeds cross the wire: the broadcast holds m, sigma and B D, each
 * individual a seed for its z, and {@link #tell} redraws the z's on the driver. The eigendecomposition
 * (ojAlgo) is redone only when 1 / (10 n (c1 + c_mu)) generations have passed since the last one.
 * The broadcast and the state hold n x n matrices and a generation costs O(lambda n^2) plus an
 * O(n^3) decomposition: for more than a few thousand parameters use {@link SepCmaEs}.
 */
public final class CmaEs implements Strategy<CmaState> {
    private final long seed;
    private final double[] x0;
    private final double sigma0;
    private final CmaParameters p;
    private final Termination stop;

    public CmaEs(long seed, Launch launch, Tolerances tol) {
        int n = launch.x0().length;
        this.seed = seed;
        this.x0 = launch.x0();
        this.sigma0 = launch.sigma0();
        this.p = CmaParameters.of(n, launch.population());
        this.stop = Termination.of(n, launch, tol);
    }

    public CmaParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return "cmaes";
    }

    @Override
    public CmaState init() {
        int n = x0.length;
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) {
            identity[i * n + i] = 1;
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return new CmaState(0, x0.clone(), sigma0, identity, identity, ones, new double[n], new double[n], 0,
                FitnessHistory.empty(), 0, Incumbent.NONE, List.of());
    }

    @Override
    public CmaState restore(StateView view) {
        return CmaState.of(view);
    }

    /** The step size and the condition number of C, as the next generation samples from it. */
    @Override
    public List<String> diagnosticNames() {
        return List.of("sigma", "condition");
    }

    @Override
    public double[] diagnostics(CmaState s) {
        double dMax = Arrays.stream(s.d()).max().orElseThrow();
        double dMin = Arrays.stream(s.d()).min().orElseThrow();
        return new double[] {s.sigma(), dMax * dMax / (dMin * dMin)};
    }

    /** The distribution's mean after the update: the point estimate, unscored by training. */
    @Override
    public List<double[]> candidates(CmaState state, Plan plan, double[] fitness, int count) {
        return List.of(state.mean());
    }

    @Override
    public Plan ask(CmaState s) {
        int n = x0.length;
        double[] bd = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                bd[j * n + i] = s.b()[i * n + j] * s.d()[j];
            }
        }
        return new Plan(s.generation(), new CmaBreed(s.mean(), s.sigma(), bd),
                Samples.draw(seed, s.generation(), p.lambda()));
    }

    @Override
    public CmaState tell(CmaState s, Plan plan, double[] fitness) {
        int n = x0.length;
        double[] b = s.b();
        double[] d = s.d();
        Samples samples = Samples.ranked(plan, fitness);
        double[] z = new double[n];
        double[] dz = new double[n];
        double[] y = new double[n];
        double[] zw = new double[n];
        double[] yw = new double[n];
        double[] rankMu = new double[n * n];
        for (int r = 0; r < p.lambda(); r++) {
            double zSq = samples.noise(r, z);
            for (int k = 0; k < n; k++) {
                dz[k] = d[k] * z[k];
            }
            multiply(b, dz, y);
            if (r < p.mu()) {
                double w = p.weights()[r];
                for (int i = 0; i < n; i++) {
                    zw[i] += w * z[i];
                    yw[i] += w * y[i];
                }
            }
            double w = p.activeWeight(r, zSq);
            for (int i = 0; i < n; i++) {
                double wy = w * y[i];
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    rankMu[o + j] += wy * y[j];
                }
            }
        }
        int generations = s.generation() + 1;
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = s.mean()[i] + s.sigma() * yw[i];
        }
        double[] bzw = new double[n];
        multiply(b, zw, bzw);
        double[] ps = p.nextPs(s.ps(), bzw);
        boolean hSigma = p.hSigma(ps, generations);
        double sigma = p.nextSigma(s.sigma(), ps);
        double[] pc = p.nextPc(s.pc(), yw, hSigma);
        double decay = p.decay(hSigma);
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            int o = i * n;
            for (int j = 0; j < n; j++) {
                c[o + j] = decay * s.c()[o + j] + p.c1() * pc[i] * pc[j] + p.cMu() * rankMu[o + j];
            }
        }
        int eigenGeneration = s.eigenGeneration();
        if (generations - eigenGeneration >= p.eigenGap()) {
            b = new double[n * n];
            d = new double[n];
            decompose(c, n, d, b);
            eigenGeneration = generations;
        }
        double[] variances = new double[n];
        for (int i = 0; i < n; i++) {
            variances[i] = c[i * n + i];
        }
        double dMax = Arrays.stream(d).max().orElseThrow();
        double dMin = Arrays.stream(d).min().orElseThrow();
        FitnessHistory history = s.history().append(samples.sortedFitness());
        int flat = Snapshot.flatGenerations(s.flatGenerations(), samples.sortedFitness());
        int k = generations % n;
        double[] axis = new double[n];
        for (int i = 0; i < n; i++) {
            axis[i] = b[i * n + k] * d[k];
        }
        List<String> reasons = stop.reasons(new Snapshot(generations, history, samples.sortedFitness(), mean, sigma,
                variances, pc, dMax, dMax * dMax / (dMin * dMin), flat, axis));
        return new CmaState(generations, mean, sigma, c, b, d, pc, ps, eigenGeneration, history, flat,
                s.incumbent().challengedBy(plan.weights(samples.best()), samples.sortedFitness()[0], plan.generation()),
                reasons);
    }

    /** out = M v for a row-major n x n matrix M. */
    private static void multiply(double[] m, double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            int o = i * n;
            double t = 0;
            for (int k = 0; k < n; k++) {
                t += m[o + k] * v[k];
            }
            out[i] = t;
        }
    }

    /**
     * Writes the eigendecomposition C = B diag(d)^2 B^T into {@code d} and {@code b}. Should rounding
     * have made C indefinite, its diagonal is first raised, in place, just past the most negative
     * eigenvalue (pycma's remedy).
     */
    static void decompose(double[] c, int n, double[] d, double[] b) {
        R064Store m = R064Store.wrap(c, n);
        Eigenvalue<Double> evd = Eigenvalue.R064.make(m, true);
        if (!evd.decompose(m)) {
            throw new ArithmeticException("the eigendecomposition of C failed");
        }
        MatrixStore<Double> values = evd.getD();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, values.doubleValue(k, k));
            max = Math.max(max, values.doubleValue(k, k));
        }
        if (Double.isNaN(min)) {
            throw new ArithmeticException("C holds NaN");
        }
        if (!(min > 0)) {
            double shift = -min + 1e-14 * max + Double.MIN_NORMAL;
            for (int i = 0; i < n; i++) {
                c[i * n + i] += shift;
            }
            decompose(c, n, d, b);
            return;
        }
        MatrixStore<Double> v = evd.getV();
        for (int k = 0; k < n; k++) {
            d[k] = Math.sqrt(values.doubleValue(k, k));
            for (int i = 0; i < n; i++) {
                b[i * n + k] = v.doubleValue(i, k);
            }
        }
    }
}
