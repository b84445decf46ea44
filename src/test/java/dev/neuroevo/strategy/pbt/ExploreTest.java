package dev.neuroevo.strategy.pbt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.random.SplitMix64;
import org.junit.jupiter.api.Test;

/** Explore's perturbations and redraws, and the priors they stay in, against their definitions. */
class ExploreTest {
    private static final int DRAWS = 20_000;
    private static final Priors PRIORS = new Priors(new Prior(PriorShape.LOG_UNIFORM, 1e-4, 1e-1, null),
            new Prior(PriorShape.UNIFORM, 0.5, 0.99, null), new Prior(PriorShape.LOG_UNIFORM, 1e-6, 1e-2, null),
            new Prior(PriorShape.CHOICE, 16, 128, new double[] {16, 32, 64, 128}));

    @Test
    void perturbMultipliesEachHyperparameterByEightTenthsOrSixFifths() {
        Hyperparameters h = new Hyperparameters(0.01, 0.8, 1e-4, 32);
        int up = 0;
        for (int seed = 0; seed < DRAWS; seed++) {
            Hyperparameters p = Explore.PERTURB.apply(h, PRIORS, 0, new SplitMix64(seed));
            double ratio = p.learningRate() / h.learningRate();
            assertTrue(Math.abs(ratio - 0.8) < 1e-12 || Math.abs(ratio - 1.2) < 1e-12, "ratio " + ratio);
            double m = p.momentum() / h.momentum();
            assertTrue(Math.abs(m - 0.8) < 1e-12 || Math.abs(m - 1.2) < 1e-12, "momentum ratio " + m);
            // 32 x 0.8 = 25.6 and 32 x 1.2 = 38.4 are moved to the nearest listed batch size
            assertTrue(p.batchSize() == 32, "batch " + p.batchSize());
            up += ratio > 1 ? 1 : 0;
        }
        assertEquals(0.5, up / (double) DRAWS, 0.02, "up and down equally often");
    }

    @Test
    void aPerturbationStaysInsideItsPrior() {
        Hyperparameters top = new Hyperparameters(0.1, 0.99, 1e-2, 128);
        for (int seed = 0; seed < 200; seed++) {
            Hyperparameters p = Explore.PERTURB.apply(top, PRIORS, 0, new SplitMix64(seed));
            assertTrue(p.learningRate() <= 0.1 && p.momentum() <= 0.99 && p.weightDecay() <= 1e-2, p.toString());
            assertTrue(p.batchSize() == 128 || p.batchSize() == 64 || p.batchSize() == 128, p.toString());
        }
    }

    @Test
    void resampleDrawsFromThePriorAsOftenAsItsProbabilitySays() {
        Hyperparameters h = new Hyperparameters(0.01, 0.8, 1e-4, 32);
        int fresh = 0;
        for (int seed = 0; seed < DRAWS; seed++) {
            double r = Explore.PERTURB.apply(h, PRIORS, 0.25, new SplitMix64(seed)).learningRate() / h.learningRate();
            fresh += Math.abs(r - 0.8) > 1e-12 && Math.abs(r - 1.2) > 1e-12 ? 1 : 0;
        }
        assertEquals(0.25, fresh / (double) DRAWS, 0.02);
    }

    @Test
    void aLogUniformPriorPutsHalfItsDrawsBelowTheGeometricMean() {
        Prior lr = PRIORS.learningRate();
        int below = 0;
        SplitMix64 rng = new SplitMix64(7);
        for (int i = 0; i < DRAWS; i++) {
            double v = lr.sample(rng);
            assertTrue(v >= 1e-4 && v <= 1e-1, "in range: " + v);
            below += v < Math.sqrt(1e-4 * 1e-1) ? 1 : 0;
        }
        assertEquals(0.5, below / (double) DRAWS, 0.02);
    }

    @Test
    void resampleRedrawsEveryHyperparameterWithinItsPrior() {
        Hyperparameters h = new Hyperparameters(0.01, 0.8, 1e-4, 32);
        int[] batches = new int[129];
        for (int seed = 0; seed < DRAWS; seed++) {
            Hyperparameters p = Explore.RESAMPLE.apply(h, PRIORS, 0, new SplitMix64(seed));
            assertTrue(p.momentum() >= 0.5 && p.momentum() < 0.99, p.toString());
            batches[p.batchSize()]++;
        }
        for (int b : new int[] {16, 32, 64, 128}) {
            assertEquals(0.25, batches[b] / (double) DRAWS, 0.02, "batch " + b + " a quarter of the time");
        }
    }
}
