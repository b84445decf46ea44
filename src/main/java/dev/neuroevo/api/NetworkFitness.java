package dev.neuroevo.api;

import dev.neuroevo.task.Fitness;
import java.io.Serializable;

/**
 * A fitness as a lambda for {@link Search#fitness}: the fitness of {@code network} (higher is
 * better), every random draw taken from {@code seed}. It runs on the executors, so it must capture
 * only serializable values; each Spark task scores with a copy of its own.
 */
@FunctionalInterface
public interface NetworkFitness extends Serializable {
    double evaluate(Fitness.Network network, long seed);
}
