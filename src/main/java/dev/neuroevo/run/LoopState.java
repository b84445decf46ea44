package dev.neuroevo.run;

import dev.neuroevo.strategy.StateView;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;

/**
 * Everything the generation loop needs to continue after {@code done} generations, as immutable
 * plain data: what a checkpoint writes and a resumed run starts from. No random generator state is
 * needed, because every draw is keyed by (seed, generation, individual, purpose).
 *
 * @param strategy       the strategy state's view
 * @param observations   running observation statistics (null when inputs are raw)
 * @param bestNormalizer the normaliser the best network was scored with (null when inputs are raw)
 * @param goalFitness    each generation's goal fitness, so that the stop streak can be recounted
 *                       when a resumed run has another {@code stop.goal}
 * @param streak         generations in a row whose goal fitness reached the goal
 * @param collectedBytes task results that reached the driver, all attempts
 * @param wallSeconds    wall time of the loop so far, all attempts
 * @param attempts       processes that have worked on this run, this one included
 * @param resumedFrom    the generation count this attempt resumed from, null for a fresh run
 * @param resumable      whether a checkpoint can hold this state (see {@code StrategyState.resumable})
 * @param reselected     the run's best by re-selection (null when re-selection is off or has not run yet)
 */
public record LoopState(StateView strategy, ObservationStats observations, InputNormalizer bestNormalizer,
                        double[] goalFitness, int streak, int done, long evaluations, long steps,
                        long collectedBytes, double wallSeconds, int attempts, Integer resumedFrom,
                        boolean resumable, Reselected reselected) {
}
