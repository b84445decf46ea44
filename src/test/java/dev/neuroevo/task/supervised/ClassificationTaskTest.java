package dev.neuroevo.task.supervised;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.eval.EvaluationSeeds;
import dev.neuroevo.eval.BatchScorer;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.ga.Offspring;
import dev.neuroevo.task.FinalEvaluation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTaskTest {

    /** Every individual gets the same weights, so any difference in fitness comes from the data it saw. */
    private record SameWeights(double[] w) implements Breed {
        @Override
        public int dimension() {
            return w.length;
        }

        @Override
        public long values() {
            return w.length;
        }

        @Override
        public void build(Individual individual, double[] out) {
            System.arraycopy(w, 0, out, 0, w.length);
        }
    }

    private static double[] randomWeights(NetworkSpec spec, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        double[] w = new double[spec.parameterCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
        }
        return w;
    }

    private static List<Individual> individuals(int from, int to) {
        List<Individual> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new Offspring(i, 1000 + i, -1, -1, false));
        }
        return out;
    }

    private static double[] scores(BatchScorer batchScorer, Breed breed, int generation) {
        // Two partitions, as Spark would cut the generation.
        List<BatchScorer.Result> results =
                new ArrayList<>(batchScorer.score(breed, generation, null, individuals(0, 5).iterator()));
        results.addAll(batchScorer.score(breed, generation, null, individuals(5, 8).iterator()));
        return BatchScorer.collate(8, results).fitness();
    }

    @Test
    void theMinibatchIsSharedWithinAGenerationAndChangesAcrossGenerations() {
        Splits data = Splits.of(new SyntheticData(400, 2).dataset(), 0.2, 0.1, 1, true);
        for (ClassifierFitness fitness : ClassifierFitness.values()) {
            ClassificationTask task = ClassificationTask.of(data, 32, fitness, 0.9);
            NetworkSpec spec = NetworkSpec.of(task.inputs(), new int[] {4}, task.outputs(), Activation.TANH,
                    Activation.LINEAR, Head.ARGMAX);
            BatchScorer batchScorer = new BatchScorer(task, spec, new EvaluationSeeds(7));
            Breed breed = new SameWeights(randomWeights(spec, 3));
            double[] g0 = scores(batchScorer, breed, 0);
            double[] g1 = scores(batchScorer, breed, 1);
            for (int i = 1; i < 8; i++) {
                assertEquals(g0[0], g0[i], fitness + ": individual " + i + " of generation 0");
                assertEquals(g1[0], g1[i], fitness + ": individual " + i + " of generation 1");
            }
            assertNotEquals(g0[0], g1[0], fitness + ": generations 0 and 1 drew the same batch");
            assertEquals(g0[0], scores(batchScorer, breed, 0)[3], fitness + ": a generation's batch is reproducible");
        }
    }

    @Test
    void finalEvaluationCountsCorrectRowsOverEverySplit() {
        Splits data = Splits.of(new SyntheticData(3000, 4).dataset(), 0.2, 0.1, 1, true);
        ClassificationTask task = ClassificationTask.of(data, 64, ClassifierFitness.ACCURACY, 0.5);
        NetworkSpec spec = NetworkSpec.of(task.inputs(), new int[] {6}, task.outputs(), Activation.RELU,
                Activation.LINEAR, Head.ARGMAX);
        double[] w = randomWeights(spec, 11);
        FinalEvaluation fin = task.finalEvaluation(spec, w, 0);
        assertEquals(accuracy(spec, w, data.test()), (double) fin.fields().get("test_accuracy"), 1e-12);
        assertEquals(accuracy(spec, w, data.validation()), (double) fin.fields().get("validation_accuracy"), 1e-12);
        assertEquals(accuracy(spec, w, data.train()), (double) fin.fields().get("train_accuracy"), 1e-12);
        assertEquals(fin.fields().get("test_accuracy"), fin.score());
        assertEquals(fin.score() >= 0.5, fin.solved());
        assertTrue((double) fin.fields().get("test_cross_entropy") > 0);
    }

    private static double accuracy(NetworkSpec spec, double[] w, Dataset rows) {
        NetworkInvoker net = new NetworkInvoker(spec);
        double[] x = new double[rows.features()];
        int correct = 0;
        for (int i = 0; i < rows.rows(); i++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = rows.value(i, j);
            }
            correct += net.argmax(w, x) == rows.label(i) ? 1 : 0;
        }
        return (double) correct / rows.rows();
    }
}
