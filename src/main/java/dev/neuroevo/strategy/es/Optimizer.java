package dev.neuroevo.strategy.es;

import java.io.Serializable;

/**
 * A gradient-ascent step rule over immutable moments: it never writes into its inputs. The three
 * rules follow OpenAI's es-distributed {@code optimizers.py} (Salimans et al. 2017), turned from
 * descent on {@code -g} into ascent on {@code g}.
 */
public interface Optimizer extends Serializable {

    /** The name a job gives in {@code es.optimizer}. */
    String name();

    /** The moments before the first step, for {@code dimension} parameters. */
    Moments init(int dimension);

    /** One step from {@code theta} along the ascent direction {@code g} at learning rate {@code lr}. */
    Step step(double[] theta, Moments moments, double[] g, double lr);

    /** What an optimizer carries between steps: first and second moments (empty when unused), steps taken. */
    record Moments(double[] first, double[] second, int steps) implements Serializable {
    }

    /** The parameters after a step and the moments to use for the next one. */
    record Step(double[] theta, Moments moments) {
    }
}
