package dev.neuroevo.task.supervised;

import dev.neuroevo.network.BatchInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.StandardError;

/**
 * Scores a network on every validation row, rows that minibatch fitness never draws: a supervised
 * task's re-selection score (accuracy for classes, R² for real targets). The seed is not needed.
 * An accuracy's standard error is the binomial one, sqrt(p (1 - p) / rows); an R²'s is not known (NaN).
 */
final class ValidationScorer implements Scorer {
    private static final int ASSESS_BATCH = 1024;
    private final Dataset validation;
    private final ValidationFitness fitness;
    private final BatchInvoker net;
    private final boolean accuracy;
    private double last;

    ValidationScorer(NetworkSpec spec, Dataset validation, ValidationFitness fitness, boolean accuracy, int threads) {
        if (validation.rows() == 0) {
            throw new IllegalArgumentException("re-selection scores the validation rows, but there are none");
        }
        this.validation = validation;
        this.fitness = fitness;
        this.accuracy = accuracy;
        this.net = new BatchInvoker(spec, Math.min(ASSESS_BATCH, validation.rows()), threads);
    }

    @Override
    public double score(double[] weights, long seed) {
        last = fitness.of(net, validation, weights);
        return last;
    }

    @Override
    public double lastStandardError() {
        return accuracy ? StandardError.ofProportion(last, validation.rows()) : Double.NaN;
    }

    @Override
    public long lastSteps() {
        return validation.rows();
    }
}
