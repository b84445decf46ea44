package dev.neuroevo.task.supervised;

/**
 * A classification task's settings: where the data is, where its test rows are (null: cut from the
 * data by hash, {@code testFraction} of them), the fractions held out for testing and validation, whether features are standardised, the minibatch per generation, the fitness on it,
 * and the test accuracy that counts as solved.
 */
public record ClassificationOptions(DataSource source, DataSource testSource, double testFraction, double validationFraction,
                                    boolean standardise, int batchSize, ClassifierFitness fitness,
                                    double targetAccuracy) {

    public ClassificationOptions {
        if (testFraction < 0 || validationFraction < 0 || testFraction + validationFraction >= 1 || batchSize < 1) {
            throw new IllegalArgumentException("need test and validation fractions summing below 1, batch size >= 1");
        }
    }
}
