package dev.neuroevo.strategy;

import java.util.Arrays;

/** Orders a generation by fitness. */
public final class Ranking {
    private Ranking() {
    }

    /**
     * The value a fitness ranks by: itself when finite; a NaN or infinite fitness (a diverged
     * rollout, an overflow) ranks last, tied with the other non-finite ones.
     */
    public static double rankable(double fitness) {
        return Double.isFinite(fitness) ? fitness : Double.NEGATIVE_INFINITY;
    }

    /**
     * Individual ids from best to worst; NaN and infinite values count as worst and ties go to the
     * lower id, so the order depends only on the values.
     */
    public static int[] descending(double[] fitness) {
        Integer[] ids = new Integer[fitness.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        Arrays.sort(ids, (p, q) -> {
            int c = Double.compare(rankable(fitness[q]), rankable(fitness[p]));
            return c != 0 ? c : Integer.compare(p, q);
        });
        int[] out = new int[ids.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[i];
        }
        return out;
    }
}
