package dev.neuroevo.strategy;

import java.io.Serializable;

/**
 * What crosses the wire for one individual instead of its weights: its id (its index in the
 * generation), a seed, and what the strategy's {@link Breed} needs to rebuild it (the GAs' parents,
 * ES's noise sign, CMA-ES nothing more).
 */
public interface Individual extends Serializable {

    int id();

    long seed();

    /**
     * Whose episode seeds it plays (the individual index that {@code EvaluationSeeds.of} keys):
     * its own id, but ES's mirrored partner with common random numbers.
     */
    default int episodeKey() {
        return id();
    }
}
