package dev.neuroevo.task.supervised;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.random.SplitMix64;
import org.junit.jupiter.api.Test;

class SplitsTest {
    private final Dataset all = new SyntheticData(400, 3).dataset();

    @Test
    void sizesFollowTheFractions() {
        Splits s = Splits.of(all, 0.2, 0.1, 1, true);
        assertEquals(80, s.test().rows());
        assertEquals(40, s.validation().rows());
        assertEquals(280, s.train().rows());
        assertThrows(IllegalArgumentException.class, () -> Splits.of(all, 0.6, 0.4, 1, true));
    }

    @Test
    void trainingFeaturesAreStandardisedAndTheOthersUseTheTrainingScale() {
        Splits s = Splits.of(all, 0.2, 0.1, 1, true);
        Dataset train = s.train();
        for (int j = 0; j < SyntheticData.FEATURES - 1; j++) {
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < train.rows(); i++) {
                mean += train.value(i, j);
                sq += (double) train.value(i, j) * train.value(i, j);
            }
            mean /= train.rows();
            assertEquals(0, mean, 1e-5, "feature " + j);
            assertEquals(1, Math.sqrt(sq / train.rows() - mean * mean), 1e-5, "feature " + j);
        }
        int constant = SyntheticData.FEATURES - 1;
        assertEquals(7, s.mean()[constant], 1e-9);
        assertEquals(1, s.std()[constant], 1e-9, "a constant feature keeps scale 1");
        assertEquals(0, train.value(0, constant));
        Splits raw = Splits.of(all, 0.2, 0.1, 1, false);
        for (int j = 0; j < SyntheticData.FEATURES; j++) {
            float expected = (float) ((raw.test().value(3, j) - s.mean()[j]) / s.std()[j]);
            assertEquals(expected, s.test().value(3, j), "test rows scaled with the training mean and std");
        }
    }

    @Test
    void sameSeedSameSplitWhateverTheRowOrderAndAnotherSeedAnother() {
        int[] reversed = new int[all.rows()];
        int[] shuffled = new int[all.rows()];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = all.rows() - 1 - i;
            shuffled[i] = i;
        }
        SplitMix64 rng = new SplitMix64(9);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        Splits a = Splits.of(all, 0.2, 0.1, 1, true);
        for (int[] order : new int[][] {reversed, shuffled}) {
            Splits b = Splits.of(all.select(order), 0.2, 0.1, 1, true);
            assertTrue(a.train().sameAs(b.train()));
            assertTrue(a.validation().sameAs(b.validation()));
            assertTrue(a.test().sameAs(b.test()));
        }
        assertFalse(a.test().sameAs(Splits.of(all, 0.2, 0.1, 2, true).test()));
    }
}
