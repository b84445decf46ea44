package dev.neuroevo.strategy.ga;

import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * A generational GA over flat weight vectors. The top {@code elites} pass on unchanged; the other
 * children are bred from two parents drawn uniformly from {@code parents} selected ones
 * (truncation or tournament). Children travel as (parent ids, seed), in the style of Such et al.
 * 2017, "Deep Neuroevolution"; the driver rebuilds only the winners it keeps.
 * With one elite, one parent and Gaussian mutation it is the elitist GA of that paper.
 */
public final class GeneticAlgorithm implements Strategy<GaState> {
    private final String name;
    private final long seed;
    private final int population;
    private final int elites;
    private final int parents;
    private final Selection selection;
    private final int tournamentSize;
    private final boolean crossover;
    private final Variation variation;
    private final int dimension;
    private final double initStd;
    private final boolean[] biasMask;

    public GeneticAlgorithm(String name, long seed, GaOptions o, boolean[] biasMask) {
        this.name = name;
        this.seed = seed;
        this.population = o.population();
        this.elites = o.elites();
        this.parents = o.parents();
        this.selection = o.selection();
        this.tournamentSize = o.tournamentSize();
        this.crossover = o.crossover() != Crossover.NONE;
        GaussianMutation mutation = new GaussianMutation(o.sigma(), o.rate());
        this.variation = crossover ? new CrossoverThenMutation(o.crossover(), mutation) : mutation;
        this.dimension = biasMask.length;
        this.initStd = o.initStd();
        this.biasMask = biasMask.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public GaState init() {
        return new GaState(0, new double[0][], Incumbent.NONE);
    }

    @Override
    public GaState restore(StateView view) {
        return GaState.of(view);
    }

    @Override
    public Plan ask(GaState state) {
        int g = state.generation();
        List<Individual> individuals = new ArrayList<>(population);
        if (state.parents().length == 0) {
            for (int i = 0; i < population; i++) {
                individuals.add(Offspring.random(i, SplitMix64.key(seed, g, i, Purpose.INIT)));
            }
        } else {
            int pool = state.parents().length - elites;
            SplitMix64 rng = new SplitMix64(0);
            for (int i = 0; i < population; i++) {
                if (i < elites) {
                    individuals.add(Offspring.elite(i, i));
                    continue;
                }
                rng.reseed(SplitMix64.key(seed, g, i, Purpose.SELECTION));
                int a = elites + rng.nextInt(pool);
                int b = crossover ? elites + rng.nextInt(pool) : -1;
                individuals.add(Offspring.child(i, SplitMix64.key(seed, g, i, Purpose.MUTATION), a, b));
            }
        }
        return new Plan(g, new GaBreed(state.parents(), variation, dimension, initStd, biasMask), individuals);
    }

    @Override
    public GaState tell(GaState state, Plan plan, double[] fitness) {
        int[] order = Ranking.descending(fitness);
        int[] chosen = new int[elites + parents];
        for (int e = 0; e < elites; e++) {
            chosen[e] = order[e];
        }
        if (selection == Selection.TRUNCATION) {
            for (int p = 0; p < parents; p++) {
                chosen[elites + p] = order[p];
            }
        } else {
            SplitMix64 rng = new SplitMix64(0);
            for (int p = 0; p < parents; p++) {
                rng.reseed(SplitMix64.key(seed, plan.generation(), p, Purpose.TOURNAMENT));
                int winner = rng.nextInt(fitness.length);
                for (int k = 1; k < tournamentSize; k++) {
                    int c = rng.nextInt(fitness.length);
                    if (better(fitness, c, winner)) {
                        winner = c;
                    }
                }
                chosen[elites + p] = winner;
            }
        }
        double[][] next = new double[chosen.length][];
        for (int k = 0; k < chosen.length; k++) {
            int dup = indexOf(chosen, chosen[k], k);
            next[k] = dup >= 0 ? next[dup] : plan.weights(chosen[k]);
        }
        int top = order[0];
        return new GaState(plan.generation() + 1, next,
                state.incumbent().challengedBy(plan.weights(top), fitness[top], plan.generation()));
    }

    private static boolean better(double[] f, int c, int incumbent) {
        double fc = Ranking.rankable(f[c]);
        double fi = Ranking.rankable(f[incumbent]);
        return fc > fi || (fc == fi && c < incumbent);
    }

    private static int indexOf(int[] values, int value, int before) {
        for (int k = 0; k < before; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }
}
