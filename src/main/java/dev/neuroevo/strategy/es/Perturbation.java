package dev.neuroevo.strategy.es;

import dev.neuroevo.strategy.Individual;

/**
 * An ES individual: {@code theta + sign sigma eps}, eps drawn from {@code seed}; a mirrored pair
 * shares its seed and differs in sign. Sign 0 is theta itself. {@code episodeKey} is whose
 * episodes it plays: its own id, or with common random numbers its pair's first member's.
 */
public record Perturbation(int id, long seed, int sign, int pair, int episodeKey) implements Individual {

    /** Theta itself, scored beside the perturbations. */
    static Perturbation mean(int id) {
        return new Perturbation(id, 0, 0, -1, id);
    }
}
