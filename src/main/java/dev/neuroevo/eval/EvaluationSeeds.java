package dev.neuroevo.eval;

import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;

/** The seeds of a generation's fitness evaluations, the same wherever they run. */
public record EvaluationSeeds(long runSeed) implements java.io.Serializable {

    public long of(int generation, int individual) {
        return SplitMix64.key(runSeed, generation, individual, Purpose.EPISODES);
    }

    /** The seed every individual of a generation shares, e.g. for its minibatch. */
    public long batch(int generation) {
        return SplitMix64.key(runSeed, generation, 0, Purpose.BATCH);
    }
}
