package dev.neuroevo.task.supervised;

import dev.neuroevo.config.Choice;
import dev.neuroevo.network.SoftmaxCrossEntropy;

/**
 * What a classifier's fitness on a batch is: its accuracy, or minus its mean cross-entropy
 * (softmax of the logits against the labels; smoother, so selection sees small gains).
 * Logits come as a [capacity x classes] column-major buffer, as {@link dev.neuroevo.network.BatchInvoker} returns them.
 */
public enum ClassifierFitness implements Choice {
    ACCURACY, CROSS_ENTROPY;

    /** The fitness of the first {@code count} examples' logits (higher is better). */
    public double of(double[] logits, int capacity, int classes, int[] labels, int count) {
        return this == ACCURACY
                ? (double) correct(logits, capacity, classes, labels, count) / count
                : -crossEntropy(logits, capacity, classes, labels, count) / count;
    }

    /** How many of the first {@code count} examples have their label's logit largest (ties go to the lowest class). */
    public static int correct(double[] logits, int capacity, int classes, int[] labels, int count) {
        int correct = 0;
        for (int b = 0; b < count; b++) {
            if (predicted(logits, capacity, classes, b) == labels[b]) {
                correct++;
            }
        }
        return correct;
    }

    /** The class whose logit is largest for example {@code b} (ties go to the lowest class). */
    public static int predicted(double[] logits, int capacity, int classes, int b) {
        int best = 0;
        double top = logits[b];
        for (int j = 1; j < classes; j++) {
            double z = logits[j * capacity + b];
            if (z > top) {
                top = z;
                best = j;
            }
        }
        return best;
    }

    /** The summed cross-entropy, log(sum_j exp z_j) - z_label, of the first {@code count} examples. */
    public static double crossEntropy(double[] logits, int capacity, int classes, int[] labels, int count) {
        double sum = 0;
        for (int b = 0; b < count; b++) {
            sum += SoftmaxCrossEntropy.logSumExp(logits, capacity, classes, b) - logits[labels[b] * capacity + b];
        }
        return sum;
    }
}
