package dev.neuroevo.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void keysDifferInEveryComponent() {
        Set<Long> keys = new HashSet<>();
        for (long seed = 0; seed < 4; seed++) {
            for (int g = 0; g < 8; g++) {
                for (int i = 0; i < 8; i++) {
                    for (Purpose p : Purpose.values()) {
                        keys.add(SplitMix64.key(seed, g, i, p));
                    }
                }
            }
        }
        assertEquals(4 * 8 * 8 * Purpose.values().length, keys.size());
        assertNotEquals(SplitMix64.key(0, 1, 2, Purpose.MUTATION), SplitMix64.key(0, 2, 1, Purpose.MUTATION));
    }

    /** Every run's streams hang on these codes: a purpose's code may never change, nor be reused. */
    @Test
    void purposeCodesAreFixedForGood() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (Purpose p : Purpose.values()) {
            codes.put(p.name(), p.code());
        }
        Map<String, Integer> fixed = new LinkedHashMap<>();
        String[] names = {"INIT", "MUTATION", "SELECTION", "TOURNAMENT", "EPISODES", "FINAL_EVALUATION", "NOISE",
            "BATCH", "SPLIT", "START_POINT", "RESTART", "SHUFFLE"};
        for (int c = 0; c < names.length; c++) {
            fixed.put(names[c], c);
        }
        fixed.forEach((name, code) -> assertEquals(code, codes.get(name), name));
        assertEquals(codes.size(), new HashSet<>(codes.values()).size(), "codes are unique: " + codes);
    }

    @Test
    void reseedingRepeatsTheStream() {
        SplitMix64 r = new SplitMix64(42);
        double a = r.nextGaussian();
        long b = r.nextLong();
        r.reseed(42);
        assertEquals(a, r.nextGaussian());
        assertEquals(b, r.nextLong());
    }

    @Test
    void gaussianHasUnitMomentsAndUniformIsFlat() {
        SplitMix64 r = new SplitMix64(7);
        int n = 400_000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            sum += g;
            sq += g * g;
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sq / n, 0.01);
        int[] bins = new int[10];
        for (int i = 0; i < n; i++) {
            bins[r.nextInt(10)]++;
        }
        for (int c : bins) {
            assertEquals(n / 10.0, c, 5 * Math.sqrt(n / 10.0), "bin count");
        }
        for (int i = 0; i < 1000; i++) {
            double u = r.uniform(-0.05, 0.05);
            assertTrue(u >= -0.05 && u < 0.05);
        }
    }
}
