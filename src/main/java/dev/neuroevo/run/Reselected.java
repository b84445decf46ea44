package dev.neuroevo.run;

import dev.neuroevo.task.InputNormalizer;

/**
 * The run's best by re-selection: the network whose score on a re-selection's fresh episodes (or
 * validation rows) was highest among that re-selection's candidates, the input normaliser it was
 * scored with (null when inputs are raw), that score and its standard error (NaN when unknown),
 * and the generation after which it was scored. Immutable; the weights are never written.
 */
public record Reselected(double[] weights, InputNormalizer normalizer, double score, double standardError,
                         int generation) {
}
