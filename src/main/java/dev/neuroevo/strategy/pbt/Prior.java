package dev.neuroevo.strategy.pbt;

import dev.neuroevo.random.SplitMix64;
import java.io.Serializable;

/**
 * The prior of one hyperparameter: log-uniform or uniform in [min, max], or a uniform choice among
 * {@code values}. Explore's perturbations stay inside it: a perturbed value is clamped to [min, max],
 * or, for a choice, moved to the listed value nearest to it.
 */
public record Prior(PriorShape shape, double min, double max, double[] values) implements Serializable {

    public Prior {
        if (shape == PriorShape.CHOICE ? values == null || values.length == 0
                : !(min <= max) || shape == PriorShape.LOG_UNIFORM && !(min > 0)) {
            throw new IllegalArgumentException(shape == PriorShape.CHOICE ? "a choice needs values"
                    : "needs min <= max" + (shape == PriorShape.LOG_UNIFORM ? " and min > 0" : ""));
        }
    }

    /** A fixed value: the prior of a hyperparameter that is not searched. */
    public static Prior fixed(double value) {
        return new Prior(PriorShape.CHOICE, value, value, new double[] {value});
    }

    public double sample(SplitMix64 rng) {
        return switch (shape) {
            case LOG_UNIFORM -> Math.exp(rng.uniform(Math.log(min), Math.log(max)));
            case UNIFORM -> rng.uniform(min, max);
            case CHOICE -> values[rng.nextInt(values.length)];
        };
    }

    /** {@code value} brought back inside the prior's support. */
    public double clamp(double value) {
        if (shape != PriorShape.CHOICE) {
            return Math.min(max, Math.max(min, value));
        }
        double best = values[0];
        for (double v : values) {
            if (Math.abs(v - value) < Math.abs(best - value)) {
                best = v;
            }
        }
        return best;
    }
}
