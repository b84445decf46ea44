package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import java.util.ArrayList;
import java.util.List;

/**
 * A CMA-ES generation's samples as they travel: each individual is only a keyed seed from which
 * its standard normal vector z is drawn, on an executor to build x = m + sigma B D z and again on
 * the driver when the generation is told. Ranked by fitness, best first, NaN and infinities worst.
 */
record Samples(List<Individual> individuals, int[] order, double[] sortedFitness) {

    /** The descriptors of generation {@code generation}: seed key(seed, generation, id, NOISE). */
    static List<Individual> draw(long seed, int generation, int lambda) {
        List<Individual> out = new ArrayList<>(lambda);
        for (int i = 0; i < lambda; i++) {
            out.add(new Sample(i, SplitMix64.key(seed, generation, i, Purpose.NOISE)));
        }
        return out;
    }

    static Samples ranked(Plan plan, double[] fitness) {
        int[] order = Ranking.descending(fitness);
        double[] sorted = new double[order.length];
        for (int r = 0; r < order.length; r++) {
            sorted[r] = Ranking.rankable(fitness[order[r]]);
        }
        return new Samples(plan.individuals(), order, sorted);
    }

    /** Writes the z of the individual of rank {@code rank} into {@code z} and returns ||z||^2. */
    double noise(int rank, double[] z) {
        SplitMix64 rng = new SplitMix64(individuals.get(order[rank]).seed());
        double sq = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
            sq += z[i] * z[i];
        }
        return sq;
    }

    int best() {
        return order[0];
    }
}
