package dev.neuroevo.eval;

/** One generation's results in individual id order: fitness and the environment steps each consumed. */
public record Scores(double[] fitness, long[] steps) {

    public long totalSteps() {
        long t = 0;
        for (long s : steps) {
            t += s;
        }
        return t;
    }
}
