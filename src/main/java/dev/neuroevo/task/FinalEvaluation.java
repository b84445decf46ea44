package dev.neuroevo.task;

import java.util.Map;

/**
 * The best network's final assessment: the fields written under {@code final_evaluation} in
 * summary.json, the score they amount to, and whether that reaches the task's threshold.
 */
public record FinalEvaluation(Map<String, Object> fields, double score, boolean solved) {
}
