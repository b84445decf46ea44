package dev.neuroevo.run;

import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.task.Task;

/**
 * An experiment, assembled: what to score, the network, how to search, when to stop, whether
 * inputs are normalised, and how many partitions a generation is cut into (0: one per core).
 */
public record Job(String name, long seed, Task task, NetworkSpec spec, Strategy<? extends StrategyState> strategy,
                  StopRule stop, int partitions, boolean normalizeInputs) {

    /** The same job searching with {@code other} (e.g. the same strategy wired to a cluster). */
    public Job withStrategy(Strategy<? extends StrategyState> other) {
        return new Job(name, seed, task, spec, other, stop, partitions, normalizeInputs);
    }
}
