package dev.neuroevo.optim;

import java.io.Serializable;

/**
 * A gradient-descent step rule, shared by gradient training and OpenAI-ES. It works in place, so a
 * training step allocates nothing: {@code theta} moves against {@code grad}, and the rule's
 * {@link Moments} advance. OpenAI-ES ascends its fitness, so it hands over the negated estimate,
 * as OpenAI's es-distributed does ({@code optimizer.update(-g + l2coeff * theta)}).
 */
public interface Optimizer extends Serializable {

    /** The name a job gives in {@code es.optimizer} or {@code sgd.optimizer}. */
    String name();

    /** The moments before the first step, for {@code dimension} parameters. */
    Moments init(int dimension);

    /** One step against {@code grad} at learning rate {@code lr}; writes {@code theta} and {@code moments}. */
    void step(double[] theta, double[] grad, Moments moments, double lr);

    /**
     * L2 weight decay, then a step: {@code grad += weightDecay * theta} (so {@code grad} is
     * overwritten), then {@link #step}.
     */
    default void step(double[] theta, double[] grad, Moments moments, double lr, double weightDecay) {
        if (weightDecay != 0) {
            for (int i = 0; i < theta.length; i++) {
                grad[i] += weightDecay * theta[i];
            }
        }
        step(theta, grad, moments, lr);
    }
}
