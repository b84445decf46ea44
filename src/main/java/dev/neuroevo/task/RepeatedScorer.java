package dev.neuroevo.task;

import dev.neuroevo.random.SplitMix64;

/**
 * Scores a network as the mean of {@code count} calls of another scorer, call e with the seed
 * {@code SplitMix64.child(seed, e)}: a task's re-selection score when it has no episodes or
 * validation rows of its own (a user's fitness), with the standard error of that mean.
 */
final class RepeatedScorer implements Scorer {
    private final Scorer inner;
    private final double[] values;
    private long steps;

    RepeatedScorer(Scorer inner, int count) {
        this.inner = inner;
        this.values = new double[count];
    }

    @Override
    public double score(double[] weights, long seed) {
        steps = 0;
        double total = 0;
        for (int e = 0; e < values.length; e++) {
            values[e] = inner.score(weights, SplitMix64.child(seed, e));
            total += values[e];
            steps += inner.lastSteps();
        }
        return total / values.length;
    }

    @Override
    public double lastStandardError() {
        return StandardError.ofMean(values, values.length);
    }

    @Override
    public long lastSteps() {
        return steps;
    }
}
