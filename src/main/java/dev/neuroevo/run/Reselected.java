package dev.neuroevo.run;

import dev.neuroevo.task.InputNormalizer;

/**
 * The run's best by re-selection: the network whose score on a re-selection's fresh episodes (or
 * validation rows) was highest among that re-selection's candidates, the input normaliser it was
 * scored with (null when inputs are raw), that score and its standard error (NaN when unknown),
 * the generation after which it was scored, and its confirmation (null until it has one).
 * Immutable; the weights are never written.
 */
public record Reselected(double[] weights, InputNormalizer normalizer, double score, double standardError,
                         int generation, Confirmation confirmation) {

    /**
     * The chosen network's score on a second set of fresh episodes that took no part in choosing it:
     * the best of several candidates on one set is that set's luckiest, so this is the score a run
     * reports and checks its goal against.
     */
    public record Confirmation(double score, double standardError, int episodes) {
    }

    /** This choice with its confirmation. */
    public Reselected confirmed(Confirmation c) {
        return new Reselected(weights, normalizer, score, standardError, generation, c);
    }

    /** The confirmed score, NaN before a confirmation. */
    public double confirmedScore() {
        return confirmation == null ? Double.NaN : confirmation.score();
    }

    /** The confirmed score's standard error, NaN before a confirmation or when unknown. */
    public double confirmedError() {
        return confirmation == null ? Double.NaN : confirmation.standardError();
    }
}
