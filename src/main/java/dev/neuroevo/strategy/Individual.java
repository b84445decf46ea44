package dev.neuroevo.strategy;

import java.io.Serializable;

/**
 * What crosses the wire for one individual instead of its weights: an id (its index in the
 * generation), a seed, and two small integers whose meaning belongs to the strategy (for the GAs,
 * parent indices into the broadcast parents, -1 for none; for ES, the noise sign).
 */
public record Individual(int id, long seed, int a, int b, boolean mutate) implements Serializable {
}
