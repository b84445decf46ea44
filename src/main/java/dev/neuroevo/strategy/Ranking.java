package dev.neuroevo.strategy;

import java.util.Arrays;

/** Orders a generation by fitness. */
public final class Ranking {
    private Ranking() {
    }

    /**
     * Individual ids from best to worst; NaN counts as worst and ties go to the lower id, so the
     * order depends only on the values.
     */
    public static int[] descending(double[] fitness) {
        Integer[] ids = new Integer[fitness.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        Arrays.sort(ids, (p, q) -> {
            double fp = Double.isNaN(fitness[p]) ? Double.NEGATIVE_INFINITY : fitness[p];
            double fq = Double.isNaN(fitness[q]) ? Double.NEGATIVE_INFINITY : fitness[q];
            int c = Double.compare(fq, fp);
            return c != 0 ? c : Integer.compare(p, q);
        });
        int[] out = new int[ids.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[i];
        }
        return out;
    }
}
