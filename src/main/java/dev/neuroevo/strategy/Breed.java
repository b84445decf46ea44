package dev.neuroevo.strategy;

import java.io.Serializable;

/**
 * The broadcast half of a generation: what every executor needs to rebuild any individual of
 * it from that individual's {@link Individual} descriptor (parents' weights, a search mean, ...).
 */
public interface Breed extends Serializable {

    /** Number of parameters of every individual. */
    int dimension();

    /** How many numbers it carries (weights, means, scales): what decides how it is shipped. */
    long values();

    /** Writes the weights of {@code individual} into {@code out}; deterministic in its inputs. */
    void build(Individual individual, double[] out);
}
