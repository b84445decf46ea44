package dev.neuroevo.wiring;

import dev.neuroevo.network.Activation;
import dev.neuroevo.strategy.cmaes.RestartScheme;
import dev.neuroevo.optim.Schedule;
import dev.neuroevo.optim.StepRule;
import dev.neuroevo.strategy.es.Shaping;
import dev.neuroevo.strategy.ga.Crossover;
import dev.neuroevo.strategy.ga.Selection;
import dev.neuroevo.strategy.pbt.Exploit;
import dev.neuroevo.strategy.pbt.Explore;
import dev.neuroevo.strategy.pbt.PriorShape;
import dev.neuroevo.task.supervised.ClassifierFitness;
import dev.neuroevo.task.supervised.DataFormat;
import dev.neuroevo.task.supervised.DataSplit;
import java.util.Map;

/**
 * The enum whose constants are the allowed values of each choice setting: the code is the source
 * of the ids, and a test holds conf/defaults.conf's {@code [one of: ...]} lists to them.
 */
final class Choices {
    static final Map<String, Class<? extends Enum<?>>> BY_KEY = Map.ofEntries(
            Map.entry("task.normalize-observations", Normalization.class),
            Map.entry("run.local-scoring", LocalScoring.class),
            Map.entry("reselect.enabled", ReselectSwitch.class),
            Map.entry("network.activation", Activation.class),
            Map.entry("network.output-activation", Activation.class),
            Map.entry("strategy.name", StrategyName.class),
            Map.entry("ga.selection", Selection.class),
            Map.entry("ga.crossover", Crossover.class),
            Map.entry("es.optimizer", StepRule.class),
            Map.entry("es.shaping", Shaping.class),
            Map.entry("sgd.optimizer", StepRule.class),
            Map.entry("sgd.lr-schedule", Schedule.class),
            Map.entry("es.gradient", GradientPlacement.class),
            Map.entry("cmaes.restart-scheme", RestartScheme.class),
            Map.entry("data.format", DataFormat.class),
            Map.entry("data.split", DataSplit.class),
            Map.entry("data.fitness", ClassifierFitness.class),
            Map.entry("pbt.exploit", Exploit.class),
            Map.entry("pbt.explore", Explore.class),
            Map.entry("pbt.optimizer", StepRule.class),
            Map.entry("pbt.learning-rate.prior", PriorShape.class),
            Map.entry("pbt.momentum.prior", PriorShape.class),
            Map.entry("pbt.weight-decay.prior", PriorShape.class),
            Map.entry("pbt.batch-size.prior", PriorShape.class));

    private Choices() {
    }
}
