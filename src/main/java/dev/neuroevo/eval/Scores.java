package dev.neuroevo.eval;

import dev.neuroevo.strategy.Trained;
import dev.neuroevo.task.ObservationStats;

/**
 * One generation's results in individual id order: fitness and the environment steps each
 * consumed, the raw observations seen, merged in id order (null unless inputs are normalised),
 * and what training made of each individual (null unless the plan trained them).
 */
public record Scores(double[] fitness, long[] steps, ObservationStats observations, Trained[] trained) {

    public Scores(double[] fitness, long[] steps, ObservationStats observations) {
        this(fitness, steps, observations, null);
    }

    public long totalSteps() {
        long t = 0;
        for (long s : steps) {
            t += s;
        }
        return t;
    }
}
