package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Individual;

/** A CMA-ES individual: {@code m + sigma B D z}, its standard normal z drawn from {@code seed}. */
public record Sample(int id, long seed) implements Individual {
}
