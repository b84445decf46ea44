package dev.neuroevo.strategy.cmaes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CMA-ES's stop criteria with the tutorial's defaults (arXiv:1604.00772, appendix B.3) and pycma's
 * names; {@link #reasons} lists those that hold. Fitness is higher-is-better here,
 * so "better" means larger.
 *
 * @param tolFun       range of recent best fitness values and of the last generation (0 turns it off)
 * @param tolX         sigma times each coordinate's standard deviation and evolution path (0: off)
 * @param maxCondition largest allowed condition number of C
 * @param funHistory   generations tolfun looks back on: 10 + ceil(30 n / lambda)
 * @param stagnation   shortest stagnation window: 120 + 30 n / lambda generations
 * @param maxIter      most generations: 100 + 150 (n + 3)^2 / sqrt(lambda)
 */
public record Termination(double tolFun, double tolX, double maxCondition, int funHistory, int stagnation,
                          int maxIter) implements Serializable {

    public static final String TOLFUN = "tolfun";
    public static final String TOLX = "tolx";
    public static final String MAXITER = "maxiter";
    public static final String CONDITION = "conditioncov";
    public static final String STAGNATION = "tolstagnation";

    public static Termination of(int n, int lambda, double tolFun, double tolX) {
        return new Termination(tolFun, tolX, 1e14, 10 + (int) Math.ceil(30.0 * n / lambda),
                Math.min(FitnessHistory.CAPACITY, 120 + 30 * n / lambda),
                (int) Math.min(Integer.MAX_VALUE, 100 + Math.floor(150.0 * (n + 3) * (n + 3) / Math.sqrt(lambda))));
    }

    /**
     * Every reason to stop after {@code generations} generations, in the order tested (the first is
     * the one reported as the stop reason); empty to go on.
     *
     * @param sortedFitness the last generation's fitness, best first
     * @param variances     the diagonal of C
     * @param condition     the condition number of C
     */
    public List<String> reasons(int generations, FitnessHistory history, double[] sortedFitness, double sigma,
                                double[] variances, double[] pc, double condition) {
        List<String> out = new ArrayList<>(2);
        if (generations >= maxIter) {
            out.add(MAXITER);
        }
        if (tolFun > 0 && history.size() >= funHistory
                && sortedFitness[0] - sortedFitness[sortedFitness.length - 1] < tolFun
                && range(history.best(), history.size() - funHistory, history.size()) < tolFun) {
            out.add(TOLFUN);
        }
        if (tolX > 0 && smallSteps(sigma, variances, pc)) {
            out.add(TOLX);
        }
        if (!(condition <= maxCondition)) {
            out.add(CONDITION);
        }
        if (stagnated(generations, history)) {
            out.add(STAGNATION);
        }
        return List.copyOf(out);
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
            if (sigma * Math.sqrt(variances[i]) >= tolX || sigma * Math.abs(pc[i]) >= tolX) {
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
