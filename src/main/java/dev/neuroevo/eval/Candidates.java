package dev.neuroevo.eval;

import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.task.InputNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A re-selection's networks as a breed: each candidate's explicit weights and the input normaliser
 * it was trained with (null entries when inputs are raw), scored by the task's
 * {@link dev.neuroevo.task.Task#reassessor} on {@code evaluations} fresh episodes (or its
 * validation rows). Every candidate plays the same episodes, from the seed of its {@link Slot}.
 */
public record Candidates(double[][] weights, InputNormalizer[] normalizers, int evaluations) implements Breed {

    /** Candidate {@code id}, seeded {@code seed}: the same seed for every candidate of a re-selection. */
    public record Slot(int id, long seed) implements Individual {
    }

    /** One slot per candidate, all with {@code seed}. */
    public List<Individual> slots(long seed) {
        List<Individual> out = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            out.add(new Slot(i, seed));
        }
        return out;
    }

    @Override
    public int dimension() {
        return weights[0].length;
    }

    @Override
    public long values() {
        return (long) weights.length * dimension();
    }

    @Override
    public void build(Individual individual, double[] out) {
        System.arraycopy(weights[individual.id()], 0, out, 0, out.length);
    }
}
