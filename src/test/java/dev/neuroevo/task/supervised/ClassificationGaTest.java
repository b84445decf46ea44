package dev.neuroevo.task.supervised;

import dev.neuroevo.TestJobs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import dev.neuroevo.run.Experiment;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.StopRule;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.report.Progress;
import dev.neuroevo.strategy.ga.Crossover;
import dev.neuroevo.strategy.ga.GaOptions;
import dev.neuroevo.strategy.ga.GaussianMutation;
import dev.neuroevo.strategy.ga.GeneticAlgorithm;
import dev.neuroevo.strategy.ga.Selection;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationGaTest {

    @Test
    void aGaLearnsASmallTwoClassProblemWithinAFixedBudget() {
        long seed = 1;
        Splits data = Splits.of(new SyntheticData(600, 5).dataset(), 0.2, 0.1, seed, true);
        ClassificationTask task = ClassificationTask.of(data, 64, ClassifierFitness.CROSS_ENTROPY, 0.9);
        NetworkSpec spec = NetworkSpec.of(task.inputs(), new int[] {8}, task.outputs(), Activation.TANH,
                Activation.LINEAR, Head.ARGMAX);
        GeneticAlgorithm ga = new GeneticAlgorithm("ga", seed, new GaOptions(32, 2, 8, Selection.TRUNCATION, 1,
                Crossover.UNIFORM, 0.1, 1.0, 1.0), spec.biasMask());
        Job job = new Job("ga-test", seed, task, spec, ga, new StopRule(40, null, 1), 1, false);
        double before = task.finalEvaluation(spec, ga.ask(ga.init()).weights(0), 0).score();
        TestJobs.Run r = TestJobs.run(job);
        double after = r.finalEvaluation().score();
        assertTrue(after >= 0.9, "test accuracy after 40 generations: " + after);
        assertTrue(after > before + 0.2, "test accuracy " + before + " -> " + after);
    }
}
