package dev.neuroevo.task.supervised;

import dev.neuroevo.random.SplitMix64;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A data set cut into training, validation and test rows, each standardised with the mean and
 * standard deviation of the training rows; or, with {@link #ofFiles}, a test file given apart.
 * Real targets (regression) are standardised the same way, with the training rows'
 * {@code targetMean} and {@code targetStd} (0 and 1 for classes, or when nothing is standardised).
 *
 * <p>The cut depends only on the rows' contents and the seed, never on the order in which they
 * arrive (which follows files and partitions): each row gets a key hashed from its label, its
 * values and the seed, rows are sorted by key, and the first ones go to test, the next to
 * validation, the rest to training. Equal rows are interchangeable, so ties cannot change the result.
 */
public record Splits(Dataset train, Dataset validation, Dataset test, double[] mean, double[] std,
                     double targetMean, double targetStd) implements Serializable {

    public static Splits of(Dataset all, double testFraction, double validationFraction, long seed,
                            boolean standardise) {
        int n = all.rows();
        int nTest = (int) Math.round(n * testFraction);
        int nValidation = (int) Math.round(n * validationFraction);
        if (nTest + nValidation >= n) {
            throw new IllegalArgumentException("test and validation take " + (nTest + nValidation) + " of "
                    + n + " rows, leaving none to train on");
        }
        int[] idx = hashOrder(all, seed);
        return standardised(all.select(Arrays.copyOfRange(idx, nTest + nValidation, n)),
                all.select(Arrays.copyOfRange(idx, nTest, nTest + nValidation)),
                all.select(Arrays.copyOfRange(idx, 0, nTest)), standardise);
    }

    /**
     * A split given by files, as Fashion-MNIST's official one: every row of {@code testFile} is
     * test data, and the rows of {@code trainFile} are cut into validation and training rows by
     * their hash. Class names present in either file are merged, in the order {@link Dataset#labelled}
     * gives them.
     */
    public static Splits ofFiles(Dataset trainFile, Dataset testFile, double validationFraction, long seed,
                                 boolean standardise) {
        if (trainFile.features() != testFile.features()) {
            throw new IllegalArgumentException("the test file has " + testFile.features() + " features, the"
                    + " training file " + trainFile.features());
        }
        if (trainFile.regression() != testFile.regression()) {
            throw new IllegalArgumentException("the test file and the training file differ in having real targets");
        }
        String[] classes = trainFile.regression() ? null : Dataset.mergedClasses(trainFile.classes(), testFile.classes());
        Dataset pool = classes == null ? trainFile : trainFile.withClasses(classes);
        int n = pool.rows();
        int nValidation = (int) Math.round(n * validationFraction);
        if (nValidation >= n) {
            throw new IllegalArgumentException("validation takes " + nValidation + " of " + n
                    + " rows, leaving none to train on");
        }
        int[] idx = hashOrder(pool, seed);
        return standardised(pool.select(Arrays.copyOfRange(idx, nValidation, n)),
                pool.select(Arrays.copyOfRange(idx, 0, nValidation)),
                classes == null ? testFile : testFile.withClasses(classes), standardise);
    }

    /** Row indices sorted by their hash key (ties by content, so equal rows stay interchangeable). */
    private static int[] hashOrder(Dataset all, long seed) {
        int n = all.rows();
        Integer[] order = new Integer[n];
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            key[i] = rowKey(all, i, seed);
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(key[a], key[b]);
            return c != 0 ? c : compareRows(all, a, b);
        });
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = order[i];
        }
        return idx;
    }

    /** The three parts, each scaled by the training rows' mean and standard deviation when asked. */
    private static Splits standardised(Dataset train, Dataset validation, Dataset test, boolean standardise) {
        int d = train.features();
        double[] mean = new double[d];
        double[] std = new double[d];
        Arrays.fill(std, 1);
        double targetMean = 0;
        double targetStd = 1;
        if (standardise) {
            fit(train, mean, std);
            train = train.scaled(mean, std);
            validation = validation.scaled(mean, std);
            test = test.scaled(mean, std);
        }
        if (standardise && train.regression()) {
            double[] spread = train.targetSpread();
            targetMean = spread[0];
            double spreadStd = Math.sqrt(spread[1] / train.rows());
            targetStd = spreadStd > 1e-12 ? spreadStd : 1;
            train = train.targetsScaled(targetMean, targetStd);
            validation = validation.targetsScaled(targetMean, targetStd);
            test = test.targetsScaled(targetMean, targetStd);
        }
        return new Splits(train, validation, test, mean, std, targetMean, targetStd);
    }

    /** Mean and population standard deviation of each feature; a constant feature keeps std 1. */
    static void fit(Dataset train, double[] mean, double[] std) {
        int n = train.rows();
        int d = train.features();
        double[] sq = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += train.value(i, j);
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = train.value(i, j) - mean[j];
                sq[j] += v * v;
            }
        }
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(sq[j] / n);
            std[j] = s > 1e-12 ? s : 1;
        }
    }

    private static long rowKey(Dataset data, int i, long seed) {
        long h = SplitMix64.mix(seed ^ SplitMix64.mix(data.targetKey(i)));
        for (int j = 0; j < data.features(); j++) {
            // + 0f folds -0 into 0, so equal numbers hash alike whatever the reader produced.
            h = SplitMix64.mix(h ^ Float.floatToIntBits(data.value(i, j) + 0f));
        }
        return h;
    }

    private static int compareRows(Dataset data, int a, int b) {
        int c = data.compareTargets(a, b);
        for (int j = 0; c == 0 && j < data.features(); j++) {
            c = Float.compare(data.value(a, j) + 0f, data.value(b, j) + 0f);
        }
        return c;
    }
}
