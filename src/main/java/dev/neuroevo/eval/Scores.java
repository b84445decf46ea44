package dev.neuroevo.eval;

import dev.neuroevo.strategy.Trained;
import dev.neuroevo.task.ObservationStats;

/**
 * One generation's results in individual id order: fitness and the environment steps each
 * consumed, the raw observations seen, merged in id order (null unless inputs are normalised),
 * what training made of each individual (null unless the plan trained them), and each fitness's
 * standard error (NaN where the scorer does not know it; null when no scorer reported any).
 */
public record Scores(double[] fitness, long[] steps, ObservationStats observations, Trained[] trained,
                     double[] standardErrors) {

    public Scores(double[] fitness, long[] steps, ObservationStats observations) {
        this(fitness, steps, observations, null, null);
    }

    public Scores(double[] fitness, long[] steps, ObservationStats observations, Trained[] trained) {
        this(fitness, steps, observations, trained, null);
    }

    public long totalSteps() {
        long t = 0;
        for (long s : steps) {
            t += s;
        }
        return t;
    }
}
