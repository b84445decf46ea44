package dev.neuroevo.strategy.pbt;

import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.sgd.SgdTraining;

/**
 * A round of Population Based Training as the executors need it: each member's hyperparameters
 * for the round and the member it copies first (-1: none), whether the round's members are
 * written as a snapshot, the best score so far (the member that beats it sends its weights back),
 * and where the population comes from when no round of it is in memory: the snapshot of
 * {@code snapshotRound} rounds, or fresh members when that is 0. The weights themselves stay on
 * the executors, so {@link #build} has nothing to build.
 */
public record PbtBreed(int round, Hyperparameters[] hyper, int[] donors, boolean[] ready, boolean snapshot,
                       double bestFitness, int snapshotRound, int dimension, long runSeed, PbtOptions options)
        implements Breed {

    @Override
    public long values() {
        return 5L * hyper.length;
    }

    @Override
    public void build(Individual individual, double[] out) {
        throw new UnsupportedOperationException("a PBT member's weights live on the executors");
    }

    /**
     * The round's best member, the lowest id among equals, whose weights the evaluation brings back
     * when it beats {@link #bestFitness}; -1 when none does.
     */
    public int winner(double[] fitness) {
        int best = Ranking.descending(fitness)[0];
        return Ranking.rankable(fitness[best]) > bestFitness ? best : -1;
    }

    /** The members some other member copies this round, in id order. */
    public int[] donorIds() {
        boolean[] used = new boolean[hyper.length];
        int count = 0;
        for (int d : donors) {
            if (d >= 0 && !used[d]) {
                used[d] = true;
                count++;
            }
        }
        int[] out = new int[count];
        for (int i = 0, k = 0; i < used.length; i++) {
            if (used[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    /**
     * A fresh member {@code id}: the initial weights of {@code sgd} drawn from (run seed, 0, member,
     * INIT), so member 0 starts where the single-network baseline does; the step rule's zero moments.
     */
    public Member fresh(int id, NetworkSpec spec) {
        double[] w = SgdTraining.initialWeights(spec, options.initStd(), SplitMix64.key(runSeed, 0, id, Purpose.INIT));
        return new Member(id, w, options.optimizer(hyper[id].momentum()).init(dimension), hyper[id], 0,
                Double.NaN, -1);
    }
}
