package dev.neuroevo.api;

import dev.neuroevo.task.FinalEvaluation;

/**
 * One individual a search returns: its network, the fitness it scored in training (for the GAs'
 * final-generation individuals, in that generation; for the run's best, the training best's, as
 * summary.json's {@code best_fitness}), the task's final evaluation of it (100 fresh episodes of an
 * environment, the test split of a data set), as {@code summary.json} reports it for the run's
 * best, and, for the run's best when re-selection is on, its re-selection score and that score's
 * standard error (null otherwise; the error is also null where unknown).
 */
public record Evolved(double fitness, Network network, FinalEvaluation evaluation, Double reselected,
                      Double reselectedError) {

    /** An individual that no re-selection scored. */
    public Evolved(double fitness, Network network, FinalEvaluation evaluation) {
        this(fitness, network, evaluation, null, null);
    }
}
