package dev.neuroevo.strategy.ga;

import dev.neuroevo.strategy.Individual;

/**
 * A GA individual: fresh random weights drawn from {@code seed} ({@code firstParent} -1), a copy of
 * a parent (an elite: {@code mutate} false), or the child that the variation makes from one or two
 * parents ({@code secondParent} -1 for one) with {@code seed}. Parents are indices into the
 * generation's broadcast parents.
 */
public record Offspring(int id, long seed, int firstParent, int secondParent, boolean mutate) implements Individual {

    static Offspring random(int id, long seed) {
        return new Offspring(id, seed, -1, -1, false);
    }

    static Offspring elite(int id, int parent) {
        return new Offspring(id, 0, parent, -1, false);
    }

    static Offspring child(int id, long seed, int firstParent, int secondParent) {
        return new Offspring(id, seed, firstParent, secondParent, true);
    }
}
