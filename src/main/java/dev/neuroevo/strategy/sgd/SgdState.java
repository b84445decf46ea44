package dev.neuroevo.strategy.sgd;

import dev.neuroevo.optim.Moments;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;

/**
 * Gradient training between epochs: the weights and optimizer moments the next epoch starts from,
 * the learning rate and mean training loss of the last epoch, and the weights of the epoch with
 * the best validation fitness so far (what the run deploys: early stopping's choice). Arrays are
 * never written after construction.
 *
 * <p>Plain-data view: {@code generation} (epochs done), {@code weights}, {@code moments.first},
 * {@code moments.second} (empty arrays where the optimizer keeps none), {@code moments.steps},
 * {@code learningRate}, {@code trainLoss}, {@code bestWeights} (absent before the first epoch),
 * {@code bestFitness} and {@code bestGeneration}.
 */
public record SgdState(int generation, double[] weights, Moments moments, double learningRate, double trainLoss,
                       Incumbent incumbent) implements StrategyState {

    @Override
    public StateView view() {
        return StateView.builder().integer("generation", generation).array("weights", weights)
                .array("moments.first", moments.first()).array("moments.second", moments.second())
                .integer("moments.steps", moments.steps()).number("learningRate", learningRate)
                .number("trainLoss", trainLoss).incumbent(incumbent).build();
    }

    static SgdState of(StateView v) {
        return new SgdState(v.smallInteger("generation"), v.array("weights"), new Moments(v.array("moments.first"),
                v.array("moments.second"), v.integer("moments.steps")), v.number("learningRate"),
                v.number("trainLoss"), v.incumbent());
    }
}
