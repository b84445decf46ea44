package dev.neuroevo.strategy;

import java.util.List;

/** One generation to evaluate: the broadcast part and the individuals' descriptors, in id order. */
public record Plan(int generation, Breed breed, List<Individual> individuals) {

    public int size() {
        return individuals.size();
    }

    /** Rebuilds individual {@code id} on the driver, as an executor would. */
    public double[] weights(int id) {
        double[] w = new double[breed.dimension()];
        breed.build(individuals.get(id), w);
        return w;
    }
}
