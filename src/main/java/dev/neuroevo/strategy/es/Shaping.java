package dev.neuroevo.strategy.es;

import dev.neuroevo.config.Choice;
import dev.neuroevo.strategy.Ranking;

/**
 * Fitness shaping: the weight each perturbation's fitness gets in the gradient estimate.
 * NaN and infinite fitness count as the worst (see Ranking.rankable).
 */
public enum Shaping implements Choice {
    /**
     * Ranks scaled to [-0.5, 0.5], the rank transform of Salimans et al. 2017 ({@code
     * compute_centered_ranks} in OpenAI's es-distributed). Tied fitness values share their mean
     * rank rather than being ordered by position as the sort there does, so that the many equal
     * returns of a capped episode (CartPole's 500) add no spurious direction.
     */
    CENTERED_RANKS,
    /** {@code (f - mean) / std} with the population std, as evostra does; all zeros when std is 0. */
    Z_SCORE;

    public static Shaping of(String id) {
        return Choice.of(Shaping.class, id);
    }

    public double[] weights(double[] fitness) {
        int n = fitness.length;
        double[] w = new double[n];
        if (n < 2) {
            return w;
        }
        return this == CENTERED_RANKS ? centeredRanks(fitness, w) : zScores(fitness, w);
    }

    private static double[] centeredRanks(double[] fitness, double[] w) {
        int n = fitness.length;
        int[] order = Ranking.descending(fitness);
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && same(fitness[order[end]], fitness[order[start]])) {
                end++;
            }
            // positions start..end-1 from the top hold ranks n-1-start down to n-end; share their mean
            double rank = (n - 1) - (start + end - 1) / 2.0;
            for (int k = start; k < end; k++) {
                w[order[k]] = rank / (n - 1) - 0.5;
            }
            start = end;
        }
        return w;
    }

    private static boolean same(double x, double y) {
        return Ranking.rankable(x) == Ranking.rankable(y);
    }

    private static double[] zScores(double[] fitness, double[] w) {
        int n = fitness.length;
        double worst = Double.POSITIVE_INFINITY;
        for (double f : fitness) {
            if (Double.isFinite(f)) {
                worst = Math.min(worst, f);
            }
        }
        double[] f = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            f[i] = Double.isFinite(fitness[i]) ? fitness[i] : worst;
            mean += f[i];
        }
        mean /= n;
        double ss = 0;
        for (double x : f) {
            ss += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(ss / n);
        if (!(std > 0) || Double.isInfinite(std)) {
            return w;
        }
        for (int i = 0; i < n; i++) {
            w[i] = (f[i] - mean) / std;
        }
        return w;
    }
}
