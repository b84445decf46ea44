package dev.neuroevo.strategy.pbt;

import java.io.Serializable;

/**
 * What a member trains with and Population Based Training searches over: the learning rate, the
 * optimizer's momentum (momentum's coefficient, Adam's beta1, RMSprop's rho; unused by plain SGD),
 * the L2 weight decay and the examples per step.
 */
public record Hyperparameters(double learningRate, double momentum, double weightDecay, int batchSize)
        implements Serializable {
}
