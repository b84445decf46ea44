package dev.neuroevo.run;

import dev.neuroevo.eval.Candidates;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.task.InputNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-selection (on noisy tasks the training best is the luckiest draw, not the best network):
 * every {@code every} generations the run's best so far, the strategy's incumbent and the
 * strategy's candidates (the GAs' {@code candidates} fittest, ES's and CMA-ES's mean) are scored
 * again, all on the same {@code evaluations} fresh episodes (or the validation rows), and the best
 * by that score becomes the run's best. It alone is confirmed on a second set of
 * {@code confirmations} fresh episodes when its score reaches the goal (the goal is then checked
 * against the confirmation), and the run's last choice once more, on a third set, after the run has
 * decided to stop: that score is the one reported, so neither the choice nor the stop saw its
 * episodes. Confirming only then keeps a large, honest set off the generations that cannot stop the
 * run. Each set comes from one seed per generation keyed by (run seed, generation, 0, 1 or 2,
 * {@link Purpose#RESELECT}), episode e from its child e, so they never coincide with training's or
 * the final evaluation's.
 */
public record Reselection(int every, int evaluations, int candidates, int confirmations) {

    public Reselection {
        if (every < 1 || evaluations < 1 || candidates < 1 || confirmations < 1) {
            throw new IllegalArgumentException("need every, evaluations, candidates and confirmations >= 1");
        }
    }

    /** The episode set of a confirmation that the goal checks. */
    public static final int GOAL_SET = 1;
    /** The episode set of the confirmation reported at the end of the run. */
    public static final int REPORT_SET = 2;

    /** The plan that scores {@code chosen} alone on episode set {@code set} of its generation. */
    public Plan confirmation(long runSeed, Reselected chosen, int set) {
        Candidates breed = new Candidates(new double[][] {chosen.weights()},
                new InputNormalizer[] {chosen.normalizer()}, confirmations);
        long seed = SplitMix64.key(runSeed, chosen.generation(), set, Purpose.RESELECT);
        return new Plan(chosen.generation(), breed, breed.slots(seed));
    }

    /** {@code chosen} with its confirmation, scored by {@link #confirmation}'s plan. */
    public Reselected confirmed(Reselected chosen, Scores scores) {
        return chosen.confirmed(new Reselected.Confirmation(scores.fitness()[0],
                scores.standardErrors() == null ? Double.NaN : scores.standardErrors()[0], confirmations));
    }

    /** Whether a re-selection follows the {@code done}-th generation (1-based). */
    public boolean due(int done) {
        return done % every == 0;
    }

    /** One re-selection: the plan that scores its candidates and the candidates in its order. */
    public record Round(Plan plan, List<double[]> weights, List<InputNormalizer> normalizers) {

        /** The candidate that scored best (a tie keeps the earlier: the best so far first); its score is the selection's. */
        public Reselected best(Scores scores) {
            double[] f = scores.fitness();
            int top = 0;
            for (int i = 1; i < f.length; i++) {
                if (Ranking.rankable(f[i]) > Ranking.rankable(f[top])) {
                    top = i;
                }
            }
            return new Reselected(weights.get(top), normalizers.get(top), f[top],
                    scores.standardErrors() == null ? Double.NaN : scores.standardErrors()[top], plan.generation(),
                    null);
        }
    }

    /**
     * The round after the tell that made {@code state} from {@code plan} (scored with
     * {@code normalizer}): {@code previous} (null before the first), the incumbent (scored with
     * {@code bestNormalizer}) and the strategy's candidates, each once.
     */
    public <S extends StrategyState> Round round(long runSeed, Strategy<S> strategy, S state, Plan plan,
                                                 double[] fitness, InputNormalizer normalizer,
                                                 InputNormalizer bestNormalizer, Reselected previous) {
        List<double[]> weights = new ArrayList<>();
        List<InputNormalizer> normalizers = new ArrayList<>();
        if (previous != null) {
            add(weights, normalizers, previous.weights(), previous.normalizer());
        }
        Incumbent incumbent = state.incumbent();
        if (incumbent.weights() != null) {
            add(weights, normalizers, incumbent.weights(), bestNormalizer);
        }
        for (double[] w : strategy.candidates(state, plan, fitness, candidates)) {
            add(weights, normalizers, w, normalizer);
        }
        Candidates breed = new Candidates(weights.toArray(new double[0][]),
                normalizers.toArray(new InputNormalizer[0]), evaluations);
        long seed = SplitMix64.key(runSeed, plan.generation(), 0, Purpose.RESELECT);
        return new Round(new Plan(plan.generation(), breed, breed.slots(seed)), weights, normalizers);
    }

    /** Adds the candidate unless the same network with the same normaliser is already there. */
    private static void add(List<double[]> weights, List<InputNormalizer> normalizers, double[] w, InputNormalizer n) {
        for (int i = 0; i < weights.size(); i++) {
            if (Arrays.equals(weights.get(i), w) && same(normalizers.get(i), n)) {
                return;
            }
        }
        weights.add(w);
        normalizers.add(n);
    }

    private static boolean same(InputNormalizer a, InputNormalizer b) {
        return a == b || a != null && b != null && a.clip() == b.clip() && Arrays.equals(a.mean(), b.mean())
                && Arrays.equals(a.std(), b.std());
    }
}
