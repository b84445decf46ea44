package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;
import java.util.List;

/**
 * CMA-ES between generations. Matrices are n x n, row-major; C is the covariance matrix, and B
 * (eigenvectors as columns) and D (square roots of the eigenvalues) its eigendecomposition as of
 * generation {@code eigenGeneration}, which is what the next generation samples from: C may have
 * moved on since (pycma's lazy update).
 *
 * <p>Plain-data view: {@code generation}, {@code mean}, {@code sigma}, {@code c}, {@code b},
 * {@code d}, {@code pc}, {@code ps}, {@code eigenGeneration}, {@code history.best},
 * {@code history.median}, {@code flatGenerations}, {@code bestWeights} (absent before the first
 * tell), {@code bestFitness}, {@code bestGeneration}, {@code stopReasons} (comma-separated, absent
 * when none holds).
 *
 * @param pc          the evolution path of the rank-one update
 * @param ps          the conjugate evolution path of step-size adaptation
 * @param flatGenerations generations in a row whose best fitness equals its 75th percentile (tolflatfitness)
 * @param stopReasons the stop criteria that held after the last generation
 */
public record CmaState(int generation, double[] mean, double sigma, double[] c, double[] b, double[] d,
                       double[] pc, double[] ps, int eigenGeneration, FitnessHistory history, int flatGenerations,
                       Incumbent incumbent, List<String> stopReasons)
        implements StrategyState {

    @Override
    public StateView view() {
        return StateView.builder().integer("generation", generation).array("mean", mean).number("sigma", sigma)
                .array("c", c).array("b", b).array("d", d).array("pc", pc).array("ps", ps)
                .integer("eigenGeneration", eigenGeneration).nested("history", history.view())
                .integer("flatGenerations", flatGenerations).incumbent(incumbent)
                .text("stopReasons", Termination.join(stopReasons)).build();
    }

    static CmaState of(StateView v) {
        return new CmaState(v.smallInteger("generation"), v.array("mean"), v.number("sigma"), v.array("c"),
                v.array("b"), v.array("d"), v.array("pc"), v.array("ps"), v.smallInteger("eigenGeneration"),
                FitnessHistory.of(v.nested("history")), v.smallInteger("flatGenerations"), v.incumbent(),
                Termination.split(v.text("stopReasons")));
    }
}
