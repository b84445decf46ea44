package dev.neuroevo.strategy.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ShapingTest {

    @Test
    void centeredRanksMatchAHandComputedExample() {
        // ascending ranks of (3, 1, 2, 5) are (2, 0, 1, 3); rank / (n - 1) - 0.5
        assertArrayEquals(new double[] {2 / 3.0 - 0.5, -0.5, 1 / 3.0 - 0.5, 0.5},
                Shaping.CENTERED_RANKS.weights(new double[] {3, 1, 2, 5}), 1e-15);
    }

    @Test
    void tiedFitnessSharesItsMeanRankAndNanIsWorst() {
        // (1, 2, 2, 4): ranks 0, 1.5, 1.5, 3
        assertArrayEquals(new double[] {-0.5, 0, 0, 0.5},
                Shaping.CENTERED_RANKS.weights(new double[] {1, 2, 2, 4}), 1e-15);
        // a capped return: four 500s share ranks 1..4 (mean 2.5, 2.5 / 4 - 0.5), the NaN is rank 0
        assertArrayEquals(new double[] {0.125, 0.125, -0.5, 0.125, 0.125},
                Shaping.CENTERED_RANKS.weights(new double[] {500, 500, Double.NaN, 500, 500}), 1e-15);
    }

    @Test
    void zScoresUseThePopulationStdAndVanishWhenAllAreEqual() {
        double s = Math.sqrt(2 / 3.0);
        assertArrayEquals(new double[] {-1 / s, 0, 1 / s}, Shaping.Z_SCORE.weights(new double[] {1, 2, 3}), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, Shaping.Z_SCORE.weights(new double[] {7, 7, 7}));
        // NaN takes the worst finite value
        assertArrayEquals(Shaping.Z_SCORE.weights(new double[] {1, 1, 3}),
                Shaping.Z_SCORE.weights(new double[] {Double.NaN, 1, 3}), 1e-15);
    }
}
