package dev.neuroevo.eval;

import dev.neuroevo.task.ObservationStats;

/**
 * One generation's results in individual id order: fitness and the environment steps each
 * consumed, and the raw observations seen, merged in id order (null unless inputs are normalised).
 */
public record Scores(double[] fitness, long[] steps, ObservationStats observations) {

    public long totalSteps() {
        long t = 0;
        for (long s : steps) {
            t += s;
        }
        return t;
    }
}
