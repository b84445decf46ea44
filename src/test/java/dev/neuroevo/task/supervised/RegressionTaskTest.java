package dev.neuroevo.task.supervised;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.optim.Adam;
import dev.neuroevo.optim.Moments;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.StopRule;
import dev.neuroevo.strategy.ga.Crossover;
import dev.neuroevo.strategy.ga.GaOptions;
import dev.neuroevo.strategy.ga.GeneticAlgorithm;
import dev.neuroevo.strategy.ga.Selection;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.Trainer;
import org.junit.jupiter.api.Test;

class RegressionTaskTest {
    private static final int FEATURES = 4;

    /** Raw rows: features around 50 with spreads up to 20, target 100 + 3 x0 - 2 x1 + 0.5 x2 (x3 unused) plus noise of std 4. */
    private static Dataset linear(int rows, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        float[] x = new float[rows * FEATURES];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x[i * FEATURES + j] = (float) (50 + (j + 1) * 5 * rng.nextGaussian());
            }
            y[i] = 100 + 3 * x[i * FEATURES] - 2 * x[i * FEATURES + 1] + 0.5 * x[i * FEATURES + 2]
                    + 4 * rng.nextGaussian();
        }
        return Dataset.regression(FEATURES, x, y);
    }

    @Test
    void splitsStandardiseTheTargetWithTheTrainingRowsMeanAndStd() {
        Dataset all = linear(500, 1);
        Splits s = Splits.of(all, 0.2, 0.1, 3, true);
        double mean = 0;
        double sq = 0;
        for (int i = 0; i < s.train().rows(); i++) {
            mean += s.train().target(i);
            sq += s.train().target(i) * s.train().target(i);
        }
        assertEquals(0, mean / s.train().rows(), 1e-12);
        assertEquals(1, sq / s.train().rows(), 1e-12);
        // every standardised target maps back onto a raw one
        double raw = s.test().target(0) * s.targetStd() + s.targetMean();
        boolean found = false;
        for (int i = 0; i < all.rows(); i++) {
            found |= Math.abs(all.target(i) - raw) < 1e-9;
        }
        assertTrue(found, "test target " + raw + " is no raw target");
        assertEquals(500, s.train().rows() + s.validation().rows() + s.test().rows());
    }

    @Test
    void gradientTrainingReachesTheLeastSquaresFitAndTheModelFilePredictsInTargetUnits() {
        Splits data = Splits.of(linear(600, 2), 0.2, 0.1, 5, true);
        double ols = LeastSquares.fit(data.train()).r2(data.test());
        assertTrue(ols > 0.9, "the data are nearly linear: least squares R² " + ols);

        RegressionTask task = RegressionTask.of(data, 32, 0.9);
        NetworkSpec spec = NetworkSpec.of(task.inputs(), new int[0], 1, Activation.LINEAR, Activation.LINEAR,
                task.head());
        double[] w = new double[spec.parameterCount()];
        Adam adam = new Adam(0.9, 0.999);
        Moments moments = adam.init(w.length);
        Trainer trainer = task.trainer(spec, 32);
        double first = trainer.epoch(w, adam, moments, 0.01, 0, SplitMix64.key(5, 0, 0, dev.neuroevo.random.Purpose.SHUFFLE));
        double last = first;
        for (int epoch = 1; epoch < 60; epoch++) {
            last = trainer.epoch(w, adam, moments, 0.01, 0,
                    SplitMix64.key(5, epoch, 0, dev.neuroevo.random.Purpose.SHUFFLE));
        }
        assertTrue(last > first, "validation R² " + first + " -> " + last);
        FinalEvaluation fin = task.finalEvaluation(spec, w, 0);
        double r2 = (double) fin.fields().get("test_r2");
        assertEquals(ols, r2, 0.005, "test R² against least squares");
        assertTrue(fin.solved());

        // The file alone, on raw rows: its predictions' mean squared error is the summary's test MSE.
        ModelFile model = ModelFile.parse(new ModelFile(task.id(), spec, w, null, task.rawInputs()).toJson());
        double sse = 0;
        double[] row = new double[FEATURES];
        for (int i = 0; i < data.test().rows(); i++) {
            for (int j = 0; j < FEATURES; j++) {
                row[j] = data.test().value(i, j) * data.std()[j] + data.mean()[j];
            }
            double e = model.predict(row) - (data.test().target(i) * data.targetStd() + data.targetMean());
            sse += e * e;
        }
        double mse = (double) fin.fields().get("test_mse");
        assertEquals(sse / data.test().rows(), mse, 1e-3 * mse);
        assertTrue(mse < 25, "noise variance is 16, test MSE " + mse);
    }

    @Test
    void aModelFileWithoutTargetStandardisationPredictsTheOutputAsItIs() {
        Splits data = Splits.of(linear(100, 3), 0.2, 0.1, 5, true);
        RegressionTask task = RegressionTask.of(data, 32, 0.9);
        NetworkSpec spec = NetworkSpec.of(task.inputs(), new int[0], 1, Activation.LINEAR, Activation.LINEAR,
                task.head());
        double[] w = {0, 0, 0, 0, 1.5};
        String withTarget = new ModelFile(task.id(), spec, w, null, task.rawInputs()).toJson();
        String without = withTarget.replaceAll("(?s),\\s*\"target_standardization\"\\s*:\\s*\\{[^}]*}", "");
        ModelFile old = ModelFile.parse(without);
        assertNull(old.rawInputs().target());
        assertEquals(1.5, old.predict(new double[FEATURES]), 0);
        assertEquals(1.5 * data.targetStd() + data.targetMean(),
                ModelFile.parse(withTarget).predict(new double[FEATURES]), 1e-9);
    }

    @Test
    void aGaScoringMinusTheMinibatchErrorImprovesTheFit() {
        long seed = 1;
        Splits data = Splits.of(linear(600, 4), 0.2, 0.1, seed, true);
        RegressionTask task = RegressionTask.of(data, 64, 0.8);
        NetworkSpec spec = NetworkSpec.of(task.inputs(), new int[] {8}, 1, Activation.TANH, Activation.LINEAR,
                task.head());
        GeneticAlgorithm ga = new GeneticAlgorithm("ga", seed, new GaOptions(32, 2, 8, Selection.TRUNCATION, 1,
                Crossover.UNIFORM, 0.1, 1.0, 1.0), spec.biasMask());
        Job job = new Job("ga-regression", seed, task, spec, ga, new StopRule(40, null, 1), 1, false);
        double before = task.finalEvaluation(spec, ga.ask(ga.init()).weights(0), 0).score();
        TestJobs.Run r = TestJobs.run(job);
        double firstBest = r.metrics().get(0).best();
        double lastBest = r.metrics().get(r.metrics().size() - 1).best();
        assertTrue(firstBest < 0 && lastBest > firstBest, "best minus batch MSE " + firstBest + " -> " + lastBest);
        double after = r.finalEvaluation().score();
        assertTrue(after > 0.8 && after > before + 0.3, "test R² " + before + " -> " + after);
    }
}
