package dev.neuroevo.strategy.sgd;

import dev.neuroevo.strategy.Individual;

/** The one individual of an SGD generation: an epoch of training, its minibatch order drawn from {@code seed}. */
public record Epoch(int id, long seed) implements Individual {
}
