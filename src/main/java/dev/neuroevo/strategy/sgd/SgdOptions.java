package dev.neuroevo.strategy.sgd;

import dev.neuroevo.optim.Optimizer;
import dev.neuroevo.optim.Schedule;

/**
 * The fixed settings of gradient training: the optimizer, the learning rate and its schedule over
 * {@code epochs} (decay factor and floor), L2 weight decay, examples per step, and the scale of the
 * initial weights ({@code initStd / sqrt(fan-in)} per layer).
 */
public record SgdOptions(Optimizer optimizer, double learningRate, Schedule schedule, double lrDecay, double lrMin,
                         int epochs, double weightDecay, int batchSize, double initStd) {

    public SgdOptions {
        if (learningRate <= 0 || epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("need learning rate > 0, epochs >= 1, batch size >= 1");
        }
    }

    /** The learning rate of epoch {@code epoch}. */
    public double rate(int epoch) {
        return schedule.rate(learningRate, lrDecay, lrMin, epoch, epochs);
    }
}
