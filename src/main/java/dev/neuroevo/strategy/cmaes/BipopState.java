package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;
import java.util.List;

/**
 * A BIPOP run between generations: the current (re)start, how it was launched, the evaluation
 * budgets of both regimes, and the best over all runs. {@code generation} counts across restarts;
 * the inner state counts from its own start.
 *
 * <p>Plain-data view: {@code generation}, {@code restart}, {@code regime} (0 large, 1 small),
 * {@code largeRestarts}, {@code launch.population}, {@code launch.x0}, {@code launch.sigma0},
 * {@code launch.maxIter}, {@code smallEvaluations}, {@code largeEvaluations},
 * {@code runEvaluations}, the inner state's view under {@code inner.}, {@code bestWeights} (absent
 * before the first tell), {@code bestFitness}, {@code bestGeneration}, {@code stopReasons}
 * (comma-separated, absent when none holds).
 *
 * @param restart          restarts so far, of both regimes (0 during the first run)
 * @param regime           the current run's: {@link Bipop#LARGE} for the first run and the doubling
 *                         restarts, {@link Bipop#SMALL} for the interleaved ones
 * @param largeRestarts    doubling restarts so far: the current largest population is 2^this times the first
 * @param smallEvaluations evaluations spent in ended small-regime runs, the first run's included (as pycma)
 * @param largeEvaluations evaluations spent in ended doubling restarts
 * @param runEvaluations   evaluations spent in the current run
 * @param stopReasons      the inner stop reasons once no restart is left, else empty
 */
public record BipopState<S extends StrategyState>(int generation, int restart, int regime, int largeRestarts,
                                                  Launch launch, long smallEvaluations, long largeEvaluations,
                                                  long runEvaluations, S inner, Incumbent incumbent,
                                                  List<String> stopReasons)
        implements StrategyState {

    @Override
    public StateView view() {
        return StateView.builder().integer("generation", generation).integer("restart", restart)
                .integer("regime", regime).integer("largeRestarts", largeRestarts)
                .integer("launch.population", launch.population()).array("launch.x0", launch.x0())
                .number("launch.sigma0", launch.sigma0()).integer("launch.maxIter", launch.maxIter())
                .integer("smallEvaluations", smallEvaluations).integer("largeEvaluations", largeEvaluations)
                .integer("runEvaluations", runEvaluations).nested("inner", inner.view())
                .incumbent(incumbent).text("stopReasons", Termination.join(stopReasons))
                .build();
    }

    static Launch launch(StateView v) {
        return new Launch(v.smallInteger("launch.population"), v.array("launch.x0"), v.number("launch.sigma0"),
                v.smallInteger("launch.maxIter"));
    }
}
