package dev.neuroevo.task.functions;

import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.Task;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A black-box test function as a task: the "network" is the raw parameter vector x itself
 * ({@link #vectorDimension()}), fitness is -f(x) (or -f(Rx) when rotated), one evaluation counts
 * as one step, and the task is solved once f(best) is below a target.
 */
public final class FunctionTask implements Task {
    private final TestFunction function;
    private final int dimension;
    private final Rotation rotation;
    private final double target;

    /** {@code rotation} may be null for the function in its own coordinates. */
    public FunctionTask(TestFunction function, int dimension, Rotation rotation, double target) {
        if (dimension < 2) {
            throw new IllegalArgumentException("a test function needs dimension >= 2, got " + dimension);
        }
        if (rotation != null && rotation.dimension() != dimension) {
            throw new IllegalArgumentException("rotation of dimension " + rotation.dimension() + " for " + dimension);
        }
        this.function = function;
        this.dimension = dimension;
        this.rotation = rotation;
        this.target = target;
    }

    /** f(x) in the task's coordinates (rotated when the task is). */
    public double value(double[] x) {
        if (rotation == null) {
            return function.value(x);
        }
        double[] y = new double[dimension];
        rotation.apply(x, y);
        return function.value(y);
    }

    @Override
    public String id() {
        return function.id();
    }

    @Override
    public int vectorDimension() {
        return dimension;
    }

    /** Unused: the task scores a raw vector; these match the spec Job builds for it. */
    @Override
    public int inputs() {
        return dimension - 1;
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public Head head() {
        return Head.TANH;
    }

    @Override
    public Scorer scorer(NetworkSpec spec) {
        double[] rotated = rotation == null ? null : new double[dimension];
        return new Scorer() {
            @Override
            public double score(double[] weights, long seed) {
                if (rotated == null) {
                    return -function.value(weights);
                }
                rotation.apply(weights, rotated);
                return -function.value(rotated);
            }

            @Override
            public long lastSteps() {
                return 1;
            }
        };
    }

    /** Reports f(best); the score is f itself (lower is better), solved when below the target. */
    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed) {
        double f = value(weights);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("function", function.id());
        fields.put("dimension", dimension);
        fields.put("rotated", rotation != null);
        fields.put("f", f);
        fields.put("target", target);
        return new FinalEvaluation(fields, f, f < target);
    }
}
