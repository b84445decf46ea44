package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.StateView;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The best and the median fitness of every generation since the (re)start, oldest first, keeping
 * at most the last {@value #CAPACITY}: what the tolfun and stagnation stop criteria look back on.
 */
public record FitnessHistory(double[] best, double[] median) implements Serializable {
    /** The tutorial's longest stagnation window. */
    static final int CAPACITY = 20_000;

    public static FitnessHistory empty() {
        return new FitnessHistory(new double[0], new double[0]);
    }

    StateView view() {
        return StateView.builder().array("best", best).array("median", median).build();
    }

    static FitnessHistory of(StateView v) {
        return new FitnessHistory(v.array("best"), v.array("median"));
    }

    public int size() {
        return best.length;
    }

    /** This history with one more generation's sorted fitness (best first) appended. */
    FitnessHistory append(double[] sortedFitness) {
        double m = sortedFitness[sortedFitness.length / 2];
        if (sortedFitness.length % 2 == 0) {
            m = (m + sortedFitness[sortedFitness.length / 2 - 1]) / 2;
        }
        return new FitnessHistory(appended(best, sortedFitness[0]), appended(median, m));
    }

    private static double[] appended(double[] a, double v) {
        int keep = Math.min(a.length, CAPACITY - 1);
        double[] out = Arrays.copyOfRange(a, a.length - keep, a.length + 1);
        out[keep] = v;
        return out;
    }
}
