package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;
import java.util.List;

/**
 * An IPOP run between generations: the state of the current (re)start and the best over all of
 * them. {@code generation} counts across restarts; the inner state counts from its own start.
 *
 * <p>Plain-data view: {@code generation}, {@code restart}, the inner state's view under
 * {@code inner.}, {@code bestWeights} (absent before the first tell), {@code bestFitness},
 * {@code bestGeneration}, {@code stopReasons} (comma-separated, absent when none holds).
 *
 * @param stopReasons the inner stop reasons once no restart is left, else empty
 */
public record IpopState<S extends StrategyState>(int generation, int restart, S inner,
                                                 Incumbent incumbent, List<String> stopReasons)
        implements StrategyState {

    @Override
    public StateView view() {
        return StateView.builder().integer("generation", generation).integer("restart", restart)
                .nested("inner", inner.view()).incumbent(incumbent).text("stopReasons", Termination.join(stopReasons))
                .build();
    }
}
