package dev.neuroevo.run;

import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.task.Task;

/**
 * An experiment, assembled: what to score, the network, how to search, when to stop, whether
 * inputs are normalised, how many partitions a generation is cut into (0: one per core), and how
 * the run's best is re-selected on fresh episodes (null: it is the training best), and whether a
 * local master scores generations with Spark jobs rather than the driver's threads.
 */
public record Job(String name, long seed, Task task, NetworkSpec spec, Strategy<? extends StrategyState> strategy,
                  StopRule stop, int partitions, boolean normalizeInputs, Reselection reselection,
                  boolean sparkWhenLocal) {

    /** A job that a local master scores on the driver's threads. */
    public Job(String name, long seed, Task task, NetworkSpec spec, Strategy<? extends StrategyState> strategy,
               StopRule stop, int partitions, boolean normalizeInputs, Reselection reselection) {
        this(name, seed, task, spec, strategy, stop, partitions, normalizeInputs, reselection, false);
    }

    /** A job whose best is the training best (no re-selection). */
    public Job(String name, long seed, Task task, NetworkSpec spec, Strategy<? extends StrategyState> strategy,
               StopRule stop, int partitions, boolean normalizeInputs) {
        this(name, seed, task, spec, strategy, stop, partitions, normalizeInputs, null);
    }

    /** The same job searching with {@code other} (e.g. the same strategy wired to a cluster). */
    public Job withStrategy(Strategy<? extends StrategyState> other) {
        return new Job(name, seed, task, spec, other, stop, partitions, normalizeInputs, reselection, sparkWhenLocal);
    }

    /** The same job with the best re-selected by {@code rule} (null: the training best). */
    public Job withReselection(Reselection rule) {
        return new Job(name, seed, task, spec, strategy, stop, partitions, normalizeInputs, rule, sparkWhenLocal);
    }
}
