package dev.neuroevo.task.supervised;

/**
 * A supervised task's settings (classification, or regression when {@code source.realTargets()}):
 * where the data is, where its test rows are (null: cut from the data by hash, {@code testFraction}
 * of them), the fractions held out for testing and validation, whether features (and real targets)
 * are standardised, the minibatch per generation, a classifier's fitness on it (null for a
 * regression, whose fitness is minus the mean squared error), and the test score that counts as
 * solved: accuracy, or a regression's R².
 */
public record ClassificationOptions(DataSource source, DataSource testSource, double testFraction, double validationFraction,
                                    boolean standardise, int batchSize, ClassifierFitness fitness,
                                    double target) {

    public ClassificationOptions {
        if (testFraction < 0 || validationFraction < 0 || testFraction + validationFraction >= 1 || batchSize < 1) {
            throw new IllegalArgumentException("need test and validation fractions summing below 1, batch size >= 1");
        }
    }
}
