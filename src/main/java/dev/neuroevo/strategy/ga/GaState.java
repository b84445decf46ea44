package dev.neuroevo.strategy.ga;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;
import java.util.Arrays;

/**
 * A GA between generations: the elites' weights followed by the selected parents' weights (the
 * next generation's broadcast), and the best individual seen so far.
 *
 * <p>Plain-data view: {@code generation}, {@code parentCount}, {@code parents} (the parents'
 * weights one after another), {@code bestWeights} (absent before the first tell),
 * {@code bestFitness}, {@code bestGeneration}.
 */
public record GaState(int generation, double[][] parents, Incumbent incumbent) implements StrategyState {

    @Override
    public StateView view() {
        int d = parents.length == 0 ? 0 : parents[0].length;
        double[] flat = new double[parents.length * d];
        for (int k = 0; k < parents.length; k++) {
            System.arraycopy(parents[k], 0, flat, k * d, d);
        }
        return StateView.builder().integer("generation", generation).integer("parentCount", parents.length)
                .array("parents", flat).incumbent(incumbent).build();
    }

    static GaState of(StateView v) {
        int count = v.smallInteger("parentCount");
        double[] flat = v.array("parents");
        int d = count == 0 ? 0 : flat.length / count;
        double[][] parents = new double[count][];
        for (int k = 0; k < count; k++) {
            parents[k] = Arrays.copyOfRange(flat, k * d, (k + 1) * d);
        }
        return new GaState(v.smallInteger("generation"), parents, v.incumbent());
    }
}
