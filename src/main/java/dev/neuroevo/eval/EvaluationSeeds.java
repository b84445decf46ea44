package dev.neuroevo.eval;

import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;

/** The seed of an individual's fitness evaluation, the same wherever it runs. */
public record EvaluationSeeds(long runSeed) implements java.io.Serializable {

    public long of(int generation, int individual) {
        return SplitMix64.key(runSeed, generation, individual, Purpose.EPISODES);
    }
}
