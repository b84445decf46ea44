package dev.neuroevo.task;

import java.util.Map;

/**
 * The best network's final assessment: the fields written under {@code final_evaluation} in
 * summary.json, the score they amount to, and whether that reaches the task's threshold; and what
 * the report plots of it: each episode's return (environments), or the test split's confusion
 * matrix, true class by row and predicted class by column, with the class labels (classifiers).
 * Each of those is null when the task has none.
 */
public record FinalEvaluation(Map<String, Object> fields, double score, boolean solved, double[] returns,
                              long[][] confusion, String[] labels) {

    public FinalEvaluation(Map<String, Object> fields, double score, boolean solved) {
        this(fields, score, solved, null, null, null);
    }
}
