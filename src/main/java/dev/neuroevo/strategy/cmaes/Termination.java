package dev.neuroevo.strategy.cmaes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CMA-ES's stop criteria with the tutorial's defaults (arXiv:1604.00772, appendix B.3) and pycma's
 * names and defaults (pycma 4.4.0, {@code _CMAStopDict}); {@link #reasons} lists those that hold.
 * Fitness is higher-is-better here, so "better" means larger.
 *
 * <ul>
 * <li>{@code maxiter}: {@code maxIter} generations.
 * <li>{@code tolfun}: the best fitness of the last {@code funHistory} generations and the whole last
 *     generation each lie within a range below tolFun.
 * <li>{@code tolx}: sigma times every coordinate's standard deviation and evolution path below tolX.
 * <li>{@code conditioncov}: the condition number of C above {@code maxCondition} (or NaN).
 * <li>{@code tolstagnation}: the tutorial's median comparison over a long window ({@link #stagnated}).
 * <li>{@code tolfunhist}: after more than 9 generations, the best fitness of the last
 *     {@code funHistory} lies within a range below tolFunHist.
 * <li>{@code tolupsigma}: sigma / sigma_max(C) above sigma0 times tolUpSigma: sigma grows while C
 *     shrinks to make up for it ("creeping").
 * <li>{@code noeffectcoord}: adding 0.2 sigma sd_i to some coordinate i of the mean leaves it unchanged.
 * <li>{@code noeffectaxis}: adding 0.1 sigma times a principal axis (one per generation in turn)
 *     leaves the whole mean unchanged; full CMA-ES only, as in pycma.
 * <li>{@code tolflatfitness}: more than tolFlatFitness generations in a row whose best fitness equals
 *     its 75th percentile.
 * </ul>
 *
 * @param tol        the configurable thresholds (0 turns tolfun, tolx, tolfunhist and tolupsigma off)
 * @param sigma0     the (re)start's initial step size, what tolupsigma compares with
 * @param maxCondition largest allowed condition number of C
 * @param funHistory   generations tolfun and tolfunhist look back on: 10 + ceil(30 n / lambda)
 * @param stagnation   shortest stagnation window: 120 + 30 n / lambda generations
 * @param maxIter      most generations: 100 + 150 (n + 3)^2 / sqrt(lambda) unless the launch sets it
 */
public record Termination(Tolerances tol, double sigma0, double maxCondition, int funHistory, int stagnation,
                          int maxIter) implements Serializable {

    public static final String TOLFUN = "tolfun";
    public static final String TOLX = "tolx";
    public static final String MAXITER = "maxiter";
    public static final String CONDITION = "conditioncov";
    public static final String STAGNATION = "tolstagnation";
    public static final String TOLFUNHIST = "tolfunhist";
    public static final String TOLUPSIGMA = "tolupsigma";
    public static final String NOEFFECTCOORD = "noeffectcoord";
    public static final String NOEFFECTAXIS = "noeffectaxis";
    public static final String TOLFLATFITNESS = "tolflatfitness";

    /** The rules of a (re)start with {@code launch}'s population, step size and generation limit, if any. */
    public static Termination of(int n, Launch launch, Tolerances tol) {
        int lambda = launch.population();
        return new Termination(tol, launch.sigma0(), 1e14, 10 + (int) Math.ceil(30.0 * n / lambda),
                Math.min(FitnessHistory.CAPACITY, 120 + 30 * n / lambda),
                launch.maxIter() == Launch.DEFAULT_MAX_ITER ? defaultMaxIter(n, lambda) : launch.maxIter());
    }

    /** pycma's maxiter: 100 + floor(150 (n + 3)^2 / sqrt(lambda)). */
    public static int defaultMaxIter(int n, int lambda) {
        return (int) Math.min(Integer.MAX_VALUE, 100 + Math.floor(150.0 * (n + 3) * (n + 3) / Math.sqrt(lambda)));
    }

    /**
     * Every reason to stop after a generation, in the order tested (the first is the one reported
     * as the stop reason): today's rules first, so that their reports do not change, then pycma's
     * others in pycma's order; empty to go on.
     */
    public List<String> reasons(Snapshot s) {
        List<String> out = new ArrayList<>(2);
        FitnessHistory history = s.history();
        double[] sorted = s.sortedFitness();
        if (s.generations() >= maxIter) {
            out.add(MAXITER);
        }
        double recent = range(history.best(), Math.max(0, history.size() - funHistory), history.size());
        if (tol.tolFun() > 0 && history.size() >= funHistory && sorted[0] - sorted[sorted.length - 1] < tol.tolFun()
                && recent < tol.tolFun()) {
            out.add(TOLFUN);
        }
        if (tol.tolX() > 0 && smallSteps(s.sigma(), s.variances(), s.pc())) {
            out.add(TOLX);
        }
        if (!(s.condition() <= maxCondition)) {
            out.add(CONDITION);
        }
        if (stagnated(s.generations(), history)) {
            out.add(STAGNATION);
        }
        if (tol.tolFunHist() > 0 && history.size() > 9 && recent < tol.tolFunHist()) {
            out.add(TOLFUNHIST);
        }
        if (tol.tolUpSigma() > 0 && s.sigma() / s.maxStd() > sigma0 * tol.tolUpSigma()) {
            out.add(TOLUPSIGMA);
        }
        if (noEffect(s.mean(), 0.2 * s.sigma(), s.variances(), false)) {
            out.add(NOEFFECTCOORD);
        }
        if (s.axis() != null && noEffect(s.mean(), 0.1 * s.sigma(), s.axis(), true)) {
            out.add(NOEFFECTAXIS);
        }
        if (s.flatGenerations() > tol.tolFlatFitness()) {
            out.add(TOLFLATFITNESS);
        }
        return List.copyOf(out);
    }

    /**
     * Whether mean + scale step leaves the mean unchanged in floating point: in every coordinate
     * ({@code all}, step = the axis) or in some coordinate (step_i = the standard deviation sqrt(v_i)).
     */
    private static boolean noEffect(double[] mean, double scale, double[] step, boolean all) {
        for (int i = 0; i < mean.length; i++) {
            double shift = scale * (all ? step[i] : Math.sqrt(step[i]));
            if ((mean[i] + shift == mean[i]) != all) {
                return !all;
            }
        }
        return all;
    }

    /** Stop reasons as one text for a state's plain-data view: comma-separated, null for none. */
    static String join(List<String> reasons) {
        return reasons.isEmpty() ? null : String.join(",", reasons);
    }

    static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split(","));
    }

    private boolean smallSteps(double sigma, double[] variances, double[] pc) {
        for (int i = 0; i < pc.length; i++) {
            if (sigma * Math.sqrt(variances[i]) >= tol.tolX() || sigma * Math.abs(pc[i]) >= tol.tolX()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Over the last 20% of generations, but at least {@code stagnation} and at most the history's
     * capacity: stop if the median of the most recent 30% is no better than that of the first 30%,
     * for the best and for the median fitness alike.
     */
    private boolean stagnated(int generations, FitnessHistory h) {
        int window = Math.min(FitnessHistory.CAPACITY, Math.max(stagnation, (int) Math.ceil(0.2 * generations)));
        if (h.size() < window) {
            return false;
        }
        int start = h.size() - window;
        int part = (int) Math.ceil(0.3 * window);
        return median(h.best(), h.size() - part, h.size()) <= median(h.best(), start, start + part)
                && median(h.median(), h.size() - part, h.size()) <= median(h.median(), start, start + part);
    }

    private static double range(double[] a, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, a[i]);
        }
        return hi - lo;
    }

    private static double median(double[] a, int from, int to) {
        double[] s = Arrays.copyOfRange(a, from, to);
        Arrays.sort(s);
        int k = s.length / 2;
        return s.length % 2 == 1 ? s[k] : (s[k - 1] + s[k]) / 2;
    }
}
