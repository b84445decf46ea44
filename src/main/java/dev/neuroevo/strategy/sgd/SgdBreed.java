package dev.neuroevo.strategy.sgd;

import dev.neuroevo.optim.Moments;
import dev.neuroevo.optim.Optimizer;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.TrainingBreed;

/** One epoch of gradient training, shipped to where the data is: the weights, the optimizer and its moments. */
record SgdBreed(double[] weights, Optimizer optimizer, Moments moments, double learningRate, double weightDecay,
                int batchSize) implements TrainingBreed {

    @Override
    public int dimension() {
        return weights.length;
    }

    @Override
    public long values() {
        return weights.length + moments.first().length + moments.second().length;
    }

    @Override
    public void build(Individual individual, double[] out) {
        System.arraycopy(weights, 0, out, 0, weights.length);
    }
}
