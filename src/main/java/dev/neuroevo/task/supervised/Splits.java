package dev.neuroevo.task.supervised;

import dev.neuroevo.random.SplitMix64;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A data set cut into training, validation and test rows, each standardised with the mean and
 * standard deviation of the training rows.
 *
 * <p>The cut depends only on the rows' contents and the seed, never on the order in which they
 * arrive (which follows files and partitions): each row gets a key hashed from its label, its
 * values and the seed, rows are sorted by key, and the first ones go to test, the next to
 * validation, the rest to training. Equal rows are interchangeable, so ties cannot change the result.
 */
public record Splits(Dataset train, Dataset validation, Dataset test, double[] mean, double[] std)
        implements Serializable {

    public static Splits of(Dataset all, double testFraction, double validationFraction, long seed,
                            boolean standardise) {
        int n = all.rows();
        int nTest = (int) Math.round(n * testFraction);
        int nValidation = (int) Math.round(n * validationFraction);
        if (nTest + nValidation >= n) {
            throw new IllegalArgumentException("test and validation take " + (nTest + nValidation) + " of "
                    + n + " rows, leaving none to train on");
        }
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
        int[] idx = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        Dataset test = all.select(Arrays.copyOfRange(idx, 0, nTest));
        Dataset validation = all.select(Arrays.copyOfRange(idx, nTest, nTest + nValidation));
        Dataset train = all.select(Arrays.copyOfRange(idx, nTest + nValidation, n));
        int d = all.features();
        double[] mean = new double[d];
        double[] std = new double[d];
        Arrays.fill(std, 1);
        if (standardise) {
            fit(train, mean, std);
            train = train.scaled(mean, std);
            validation = validation.scaled(mean, std);
            test = test.scaled(mean, std);
        }
        return new Splits(train, validation, test, mean, std);
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
        long h = SplitMix64.mix(seed ^ SplitMix64.mix(data.label(i) + 1L));
        for (int j = 0; j < data.features(); j++) {
            // + 0f folds -0 into 0, so equal numbers hash alike whatever the reader produced.
            h = SplitMix64.mix(h ^ Float.floatToIntBits(data.value(i, j) + 0f));
        }
        return h;
    }

    private static int compareRows(Dataset data, int a, int b) {
        int c = Integer.compare(data.label(a), data.label(b));
        for (int j = 0; c == 0 && j < data.features(); j++) {
            c = Float.compare(data.value(a, j) + 0f, data.value(b, j) + 0f);
        }
        return c;
    }
}
