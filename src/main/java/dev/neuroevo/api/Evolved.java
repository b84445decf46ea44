package dev.neuroevo.api;

import dev.neuroevo.task.FinalEvaluation;

/**
 * One individual a search returns: its network, the fitness it scored in training (for the GAs, in
 * the final generation; for the other strategies, the run's best, as the CLI exports it), and the
 * task's final evaluation of it (100 fresh episodes of an environment, the test split of a data
 * set), as {@code summary.json} reports it for the run's best.
 */
public record Evolved(double fitness, Network network, FinalEvaluation evaluation) {
}
