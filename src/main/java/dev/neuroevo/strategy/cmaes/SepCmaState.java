package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;
import java.util.List;

/**
 * sep-CMA-ES between generations: every array has n entries, {@code c} being the diagonal of the
 * covariance matrix.
 *
 * <p>Plain-data view: {@code generation}, {@code mean}, {@code sigma}, {@code c}, {@code pc},
 * {@code ps}, {@code history.best}, {@code history.median}, {@code flatGenerations},
 * {@code bestWeights} (absent before the first tell), {@code bestFitness}, {@code bestGeneration},
 * {@code stopReasons} (comma-separated, absent when none holds).
 *
 * @param flatGenerations generations in a row whose best fitness equals its 75th percentile (tolflatfitness)
 * @param stopReasons the stop criteria that held after the last generation
 */
public record SepCmaState(int generation, double[] mean, double sigma, double[] c, double[] pc, double[] ps,
                          FitnessHistory history, int flatGenerations, Incumbent incumbent,
                          List<String> stopReasons) implements StrategyState {

    @Override
    public StateView view() {
        return StateView.builder().integer("generation", generation).array("mean", mean).number("sigma", sigma)
                .array("c", c).array("pc", pc).array("ps", ps).nested("history", history.view())
                .integer("flatGenerations", flatGenerations).incumbent(incumbent)
                .text("stopReasons", Termination.join(stopReasons)).build();
    }

    static SepCmaState of(StateView v) {
        return new SepCmaState(v.smallInteger("generation"), v.array("mean"), v.number("sigma"), v.array("c"),
                v.array("pc"), v.array("ps"), FitnessHistory.of(v.nested("history")), v.smallInteger("flatGenerations"),
                v.incumbent(),
                Termination.split(v.text("stopReasons")));
    }
}
