package dev.neuroevo;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.strategy.Strategies;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.task.EpisodeTask;
import dev.neuroevo.task.Task;
import dev.neuroevo.task.Tasks;

/** An experiment assembled from checked settings: what to score, the network, how to search, when to stop. */
public record Job(Settings settings, String name, long seed, Task task, NetworkSpec spec,
                  Strategy<? extends StrategyState> strategy, StopRule stop, int partitions, boolean normalizeInputs) {

    /** Builds every part; throws {@link dev.neuroevo.config.ConfigError} on settings that do not fit together. */
    public static Job of(Settings s) {
        Task task = Tasks.create(s);
        int[] hidden = s.integers("network.hidden").stream().mapToInt(Integer::intValue).toArray();
        int n = task.vectorDimension();
        NetworkSpec spec = n > 0
                // a raw vector of n parameters: the weights and bias of one linear unit with n - 1 inputs
                ? NetworkSpec.of(n - 1, new int[0], 1, Activation.LINEAR, Activation.LINEAR, task.head())
                : NetworkSpec.of(task.inputs(), hidden, task.outputs(), Activation.of(s.string("network.activation")),
                        Activation.of(s.string("network.output-activation")), task.head());
        Double goal = s.isNull("stop.goal") ? null : s.number("stop.goal");
        StopRule stop = new StopRule(s.integer("stop.generations"), goal, s.integer("stop.goal-generations"));
        String normalize = s.string("task.normalize-observations");
        boolean episodic = task instanceof EpisodeTask;
        if (normalize.equals("on") && !episodic) {
            throw new ConfigError("setting 'task.normalize-observations' is on, but task " + task.id()
                    + " has no observations to normalise");
        }
        boolean normalizeInputs = normalize.equals("on")
                || (normalize.equals("auto") && episodic && s.string("strategy.name").equals("es"));
        return new Job(s, s.string("run.name"), s.longValue("run.seed"), task, spec, Strategies.create(s, spec), stop,
                s.integer("run.partitions"), normalizeInputs);
    }

    /** The same job searching with {@code other} (e.g. the same strategy wired to a cluster). */
    public Job withStrategy(Strategy<? extends StrategyState> other) {
        return new Job(settings, name, seed, task, spec, other, stop, partitions, normalizeInputs);
    }
}
