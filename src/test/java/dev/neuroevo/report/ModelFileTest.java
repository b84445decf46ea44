package dev.neuroevo.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.run.Job;
import dev.neuroevo.task.supervised.ClassificationTask;
import dev.neuroevo.task.supervised.ClassifierFitness;
import dev.neuroevo.task.supervised.Dataset;
import dev.neuroevo.task.supervised.Splits;
import dev.neuroevo.task.supervised.SyntheticData;
import org.junit.jupiter.api.Test;

class ModelFileTest {

    /** A classifier's file carries its standardisation and labels: it alone classifies the raw test rows. */
    @Test
    void aVersion2ClassifierClassifiesRawRowsAlone() {
        SyntheticData synthetic = new SyntheticData(600, 9);
        String[] names = new String[synthetic.y.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = synthetic.y[i] == 1 ? "heavy" : "light";
        }
        float[] x = new float[synthetic.x.length * SyntheticData.FEATURES];
        for (int i = 0; i < synthetic.x.length; i++) {
            for (int j = 0; j < SyntheticData.FEATURES; j++) {
                x[i * SyntheticData.FEATURES + j] = synthetic.x[i][j];
            }
        }
        Dataset all = Dataset.labelled(SyntheticData.FEATURES, x, names);
        ClassificationTask task = ClassificationTask.of(Splits.of(all, 0.3, 0.1, 4, true), 32,
                ClassifierFitness.CROSS_ENTROPY, 0.5);
        Job job = TestJobs.wiring("task.name = classification, data.path = unused, strategy.name = sgd,"
                + " data.batch-size = 32, network.hidden = [8], sgd.learning-rate = 0.01, stop.generations = 5")
                .job(task);
        TestJobs.Run run = TestJobs.run(job);
        ModelFile model = ModelFile.parse(new ModelFile(task.id(), job.spec(), run.bestWeights(), null,
                task.rawInputs()).toJson());

        Dataset rawTest = Splits.of(all, 0.3, 0.1, 4, false).test();
        int correct = 0;
        double[] row = new double[SyntheticData.FEATURES];
        for (int i = 0; i < rawTest.rows(); i++) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rawTest.value(i, j);
            }
            correct += model.classify(row).equals(rawTest.classes()[rawTest.label(i)]) ? 1 : 0;
        }
        double accuracy = (double) correct / rawTest.rows();
        assertEquals(run.finalEvaluation().score(), accuracy, 0);
        assertTrue(accuracy > 0.8, "a trained classifier, not a constant one: " + accuracy);
    }

    @Test
    void aVersion1FileStillLoads() {
        String v1 = """
                {"format": "neuroevo-mlp", "version": 1, "task": "CartPole-v1", "layers": [2, 2],
                 "activations": ["linear"], "head": "argmax", "parameters": 6,
                 "weights": [1.0, 0.0, 0.0, 1.0, 0.5, -0.5]}
                """;
        ModelFile model = ModelFile.parse(v1);
        assertNull(model.rawInputs());
        assertArrayEquals(new int[] {2, 2}, model.spec().sizes());
        assertEquals(Activation.LINEAR, model.spec().activations()[0]);
        assertEquals(Head.ARGMAX, model.spec().head());
        // outputs (x0 + 0.5, x1 - 0.5): (1, 1.2) -> (1.5, 0.7), class 0; (0, 1) -> (0.5, 0.5), a tie, class 0; (0, 2) -> class 1
        assertEquals("0", model.classify(new double[] {1, 1.2}));
        assertEquals("0", model.classify(new double[] {0, 1}));
        assertEquals("1", model.classify(new double[] {0, 2}));
    }
}
