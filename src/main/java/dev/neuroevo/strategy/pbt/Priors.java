package dev.neuroevo.strategy.pbt;

import dev.neuroevo.random.SplitMix64;
import java.io.Serializable;

/** The priors of the four hyperparameters a member trains with. */
public record Priors(Prior learningRate, Prior momentum, Prior weightDecay, Prior batchSize) implements Serializable {

    /** Fresh hyperparameters, each drawn from its prior in the order of the record. */
    public Hyperparameters sample(SplitMix64 rng) {
        double lr = learningRate.sample(rng);
        double m = momentum.sample(rng);
        double wd = weightDecay.sample(rng);
        return new Hyperparameters(lr, m, wd, (int) Math.round(batchSize.sample(rng)));
    }

    /** The largest batch any member can draw: the trainers' capacity. */
    public int largestBatch() {
        if (batchSize.shape() != PriorShape.CHOICE) {
            return (int) Math.round(batchSize.max());
        }
        double most = 1;
        for (double v : batchSize.values()) {
            most = Math.max(most, v);
        }
        return (int) Math.round(most);
    }
}
