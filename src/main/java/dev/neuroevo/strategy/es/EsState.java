package dev.neuroevo.strategy.es;

import dev.neuroevo.optim.Moments;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;

/**
 * OpenAI-ES between generations: the mean {@code theta} the next generation perturbs, the
 * optimizer's moments, the current learning rate and noise scale, and the last evaluated mean
 * with its fitness. That last pair is what the run reports as its best: ES deploys its mean, and
 * the mean of generation g-1 is the latest one with a measured fitness (the step taken after it is
 * not yet scored). Arrays are never written after construction.
 *
 * <p>Plain-data view: {@code generation}, {@code theta}, {@code moments.first},
 * {@code moments.second} (empty arrays where the optimizer keeps none; the moments of the descent
 * on minus the fitness, as the shared optimizers keep them), {@code moments.steps},
 * {@code learningRate}, {@code sigma}, {@code bestWeights} (absent before the first tell) and
 * {@code bestFitness}.
 */
public record EsState(int generation, double[] theta, Moments moments, double learningRate,
                      double sigma, double[] bestWeights, double bestFitness) implements StrategyState {

    /** The mean scored last is always the best: the generation before the one {@code ask} plans next. */
    @Override
    public Incumbent incumbent() {
        return bestWeights == null ? Incumbent.NONE : new Incumbent(bestWeights, bestFitness, generation - 1);
    }

    @Override
    public StateView view() {
        return StateView.builder().integer("generation", generation).array("theta", theta)
                .array("moments.first", moments.first()).array("moments.second", moments.second())
                .integer("moments.steps", moments.steps()).number("learningRate", learningRate)
                .number("sigma", sigma).array("bestWeights", bestWeights).number("bestFitness", bestFitness)
                .build();
    }

    static EsState of(StateView v) {
        return new EsState(v.smallInteger("generation"), v.array("theta"), new Moments(
                v.array("moments.first"), v.array("moments.second"), v.integer("moments.steps")),
                v.number("learningRate"), v.number("sigma"), v.array("bestWeights"), v.number("bestFitness"));
    }
}
